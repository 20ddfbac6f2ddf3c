function trace(name, value) {
  console.log('eval', name);
  return value;
}
console.log(trace('a', 0) && trace('b', 1));
console.log(trace('a', 1) && trace('b', 2));
console.log(trace('a', '') || trace('b', 'fallback'));
console.log(trace('a', null) ?? trace('b', 'default'));
console.log(trace('a', 0) ?? trace('b', 'unused'));
console.log(!trace('a', 'x'), !!trace('a', ''));
console.log(null || undefined || 0 || '' || 'last', 1 && 2 && 3, (null ?? 0) || 'x');
