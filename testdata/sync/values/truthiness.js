const samples = [0, 1, -1, '', ' ', '0', 'false', null, undefined, NaN, [], {}, function () {}];
let truthy = 0;
for (const s of samples) {
  if (s) truthy++;
  console.log(JSON.stringify(String(s)), s ? 'truthy' : 'falsy', !s, !!s);
}
console.log('truthy count', truthy);
