// Every Buffer method and static with the same odd arguments: which succeed and what each one throws.
const argsList = [[], [undefined], [-1], [1e10], [NaN], ['x'], [0, -5], [0, 100], [2, 1], [-3, -1], [{}, 1], ['ab', 'hex'], ['ab', 1, 'hex'], ['ab', -1, 'hex'], [Buffer.from('a'), 5, 1], [Buffer.alloc(0), 0, 0, 0, 0], [1, 2, 3, 4, 5], [Infinity], [-Infinity, Infinity], ['utf8', 5, 2], [1.5, 2.5]];
const names = Object.getOwnPropertyNames(Buffer.prototype).filter((n) => typeof Buffer.prototype[n] === 'function' && n !== 'constructor' && !/Slice$|Write$|^(parent|offset)$/.test(n)).sort();
let out = [];
for (const n of names) for (const a of argsList) {
  const b = Buffer.from('abcdefgh');
  try { const r = b[n](...a); out.push(n + JSON.stringify(a) + ' ok ' + (r instanceof Uint8Array ? b.toString('hex') + '/' + r.length : typeof r === 'bigint' ? r + 'n' : String(r))); } catch (e) { out.push(n + JSON.stringify(a) + ' ' + e.name + ' ' + e.code); }
}
for (const n of ['from', 'alloc', 'allocUnsafe', 'byteLength', 'concat', 'compare', 'isBuffer', 'isEncoding', 'of']) for (const a of argsList) {
  try { const r = Buffer[n](...a); out.push(n + JSON.stringify(a) + ' ok ' + (r instanceof Uint8Array ? r.length : String(r))); } catch (e) { out.push(n + JSON.stringify(a) + ' ' + e.name + ' ' + e.code); }
}
console.log(out.join('\n'));
