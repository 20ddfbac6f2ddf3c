// Dates print in ISO form (Invalid Date when invalid); regular expressions as literals.
console.log(new Date(0), new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123)));
console.log([new Date(-1)], { d: new Date(8.64e15) }, new Date(NaN));
console.log(new Date('not a date'), [new Date(NaN)]);
console.log(new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1)));
const d = new Date(0);
d.note = 'with a property';
console.log(d);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/abc/, /a\/b/gi, new RegExp('x*', 'dgimsuy'), new RegExp(''), new RegExp('/'));
console.log([/re/g], { r: /[a-z]+\d?/u });
const r = /x/g;
r.lastIndex = 3;
r.custom = true;
console.log(r, r.lastIndex);
class MyRe extends RegExp {}
console.log(new MyRe('y'));
console.log(String(/s/m), /\n\t/, new RegExp('\n'));
console.log(new Date(0).toISOString(), JSON.stringify({ d: new Date(0) }));
console.log(typeof new Date(), new Date(0).getTime(), +new Date(5));
