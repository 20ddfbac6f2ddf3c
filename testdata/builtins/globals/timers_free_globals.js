// Global functions used without a receiver, passed as callbacks, and shadowed or replaced.
const nums = ['1', '2.5', 'x', '0x10'];
console.log(nums.map(parseFloat), nums.map(Number), nums.map(s => parseInt(s)), nums.filter(isFinite), nums.some(isNaN));
const { parseInt: pi, encodeURIComponent: enc } = globalThis;
console.log(pi('77', 8), enc('a b'), [' x', 'y '].map(encodeURI), ['%41', '%42'].map(decodeURIComponent));
console.log(typeof globalThis.setTimeout, typeof globalThis.clearTimeout, typeof globalThis.console, typeof globalThis.process);
function shadow() { const isNaN = () => 'shadowed'; return isNaN(1); }
console.log(shadow(), isNaN(1));
const origParse = parseInt;
globalThis.parseInt = (s) => 'patched:' + s;
console.log(parseInt('5'), Number.parseInt('5'), origParse('5'));
globalThis.parseInt = origParse;
console.log(parseInt('5'), Number.parseInt === parseInt);
console.log(Object.getOwnPropertyNames(globalThis).filter(n => /^(parse|is|en|de)[A-Z]/.test(n)).sort());
console.log(String(parseInt), Function.prototype.toString.call(isFinite), encodeURI.name, decodeURIComponent.length);
try { new parseInt('1'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { encodeURI.call(null, '\ud800'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(globalThis.undefined, globalThis.NaN, globalThis.Infinity, 'undefined' in globalThis, Object.keys(globalThis).includes('NaN'));
