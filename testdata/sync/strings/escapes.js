console.log('tab\there', 'new\nline', 'quote\'s', "double\"s", 'back\\slash');
console.log('\x41\x42', '\u00e9', '\0'.length, 'a\
b');
console.log(String.raw`C:\path\to\file`, String.raw`\n`.length);
console.log(JSON.stringify('line\nbreak\ttab"quote\u0001'));
console.log(['\n', 'a\'b', 'multi\nline', '\u00e9', 'x"y', "it's \"both\""]);
