function describe(x) {
  switch (x) {
    case 1: return 'one';
    case '1': return 'string one';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'never NaN';
    default: return 'other ' + String(x);
  }
}
console.log([1, '1', true, null, undefined, NaN, 2].map(describe));
