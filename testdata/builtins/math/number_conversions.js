// Math on values that need ToNumber: strings, booleans, dates, objects, and BigInt errors.
const inputs = ['42', ' 7 ', '0x10', '1e3', '', '  ', 'abc', '12px', null, undefined, true, false, [], [5], [1, 2], {}, new Date(1000), { valueOf: () => 9 }, { toString: () => '4' }];
for (const v of inputs) {
  const label = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v}]` : String(v);
  console.log(label, Math.sqrt(v), Math.abs(v), Math.floor(v), Math.max(v, 0));
}
try { Math.abs(1n); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.floor(Symbol.iterator); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.sqrt({ valueOf() { throw new Error('from valueOf'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Math.sqrt(), Math.pow(), Math.pow(2), Math.atan2(1), Math.hypot(), Math.hypot('3', [4]));
const calls = [];
Math.atan2({ valueOf() { calls.push('y'); return 1; } }, { valueOf() { calls.push('x'); return 1; } });
Math.hypot({ valueOf() { calls.push('a'); return NaN; } }, { valueOf() { calls.push('b'); return Infinity; } });
console.log(calls, Math.hypot(NaN, Infinity), Math.hypot(NaN, 1));
console.log(Math.round('2.5e1'), Math.trunc('-0.9'), Object.is(Math.trunc('-0.9'), -0), Math.sign('-3'), Math.sign(''));
