console.log('string', 42, true, null, undefined, 1.5, -0, NaN, 10n, Symbol('s'));
console.log(['string'], [42, -0, 10n], [null, undefined], ['it\'s'], ["a\"b"]);
console.log({ str: 'x', num: 1, neg: -0, big: 2n, nil: null, undef: undefined, sym: Symbol.iterator });
console.log();
console.log('');
console.log('multiple', 'args', 'joined', 'by', 'spaces');
console.log({ 'needs-quotes': 1, valid_id: 2, $dollar: 3, '0lead': 4, 'ünï': 5, '': 6 });
