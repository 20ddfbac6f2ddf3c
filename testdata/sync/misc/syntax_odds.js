#!/usr/bin/env node
const million = 1_000_000, mask = 0b1111_0000, hex = 0xFF_FF, frac = 1_0.5_0;
console.log(million, mask, hex, frac, .5, 5., 0.0e0, 1E3, 0B11, 0O17, 0XaB);
debugger;
const a = 1
const b = 2
;[a, b].forEach(x => console.log('asi', x))
const c = a
+ b
console.log(c)
function asiReturn() {
  return
  42;
}
console.log(asiReturn());
let i = 0
i
++
i
console.log(i)
const re = /[/]/.test('a/b') ? 'slash class' : 'no';
console.log(re, 4 / 2 / 1, `a${`b${`c`}`}`);
label: { console.log('labels and', 'blocks'); }
if (a) ; else console.log('empty statement');
console.log(((((1)))), (a, b), typeof (() => {}), void 0 ?? 'void');
