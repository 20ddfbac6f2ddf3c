// Round-tripping values through String(), Number(), JSON and URI coding: what survives and what changes.
const vals = [0, -0, 1.5, -1e-7, 1e21, 2 ** 53 + 2, NaN, Infinity, 'text', '', '💡 ideas', 'a\u0000b', 'x\ud800y', true, null];
for (const v of vals) {
  const str = String(v);
  const num = Number(str);
  const json = JSON.stringify(v);
  const back = json === undefined ? undefined : JSON.parse(json);
  let uri;
  try { uri = decodeURIComponent(encodeURIComponent(str)) === str; } catch (e) { uri = e.name; }
  console.log(JSON.stringify(str), Object.is(num, v), json, Object.is(back, v), uri);
}
console.log(parseFloat(String(0.1 + 0.2)) === 0.1 + 0.2, Number((0.1).toFixed(20)) === 0.1, Number((1 / 3).toPrecision(17)) === 1 / 3);
console.log(isNaN(parseInt('')), isFinite('Infinity'), isFinite(String(1e308)), String(-0) === '0', `${-0}` === '0', JSON.stringify(-0), Object.is(JSON.parse('-0'), -0));
console.log(escape(String.fromCharCode(0xd800)), encodeURI(String(1e21)), decodeURI('%25'), String(globalThis === this), typeof globalThis.toString());
