// How values become numbers in arithmetic, comparisons and unary plus.
const vals = ['', ' ', '42', '4 2', '0x10', '1e3', '-', 'abc', null, undefined, true, false, [], [7], [1, 2], {}, '\u2003 3 \n'];
for (const v of vals) console.log(JSON.stringify(v), +v, v * 1, v - 0, v + 1, v == 0, v < 1);
const obj = { valueOf() { console.log('valueOf called'); return 10; }, toString() { return '20'; } };
console.log(obj + 1, obj * 2, `${obj}`, obj > 5, String(obj));
const prim = { [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'number' ? 1 : 'str'; } };
console.log(+prim, `${prim}`, prim + '', prim * 3);
try { +Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol() * 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { +{ valueOf() { return {}; }, toString() { return {}; } }; } catch (e) { console.log(e.name + ': ' + e.message); }
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1, 100 / 3, -7 / 2, 2 ** -1074, 2 ** 1024, (-8) ** (1 / 3));
console.log(1 / 0, -1 / 0, 0 / 0, 10 % 0, Infinity - Infinity, Infinity * 0, 0 * -1, -0 + 0, -0 - 0);
console.log(null + 1, undefined + 1, true + true, [] + [], [] + {}, [1] + [2], '3' * '4', '3' + 4 + 5, 3 + 4 + '5');
console.log('10' / '4', '10' % '4', '2' ** '3', '5' - - '2', - '', + [], - [1]);
console.log(NaN == NaN, NaN != NaN, null == 0, null >= 0, undefined == null, '1' == 1, '' == 0, '0' == false, [] == false, [0] == false);
let i = '5';
i++;
console.log(i, typeof i);
let j = '5';
j += 1;
console.log(j, typeof j);
