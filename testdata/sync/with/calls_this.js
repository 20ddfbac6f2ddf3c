// Calling a name found in a with object passes the object as this; a name
// found outside gets undefined (the global object for sloppy functions).
const obj = {
  tag: 'obj',
  whoami() { return this === obj ? 'obj' : String(this && this.tag); },
  strictWho() { 'use strict'; return this === obj; },
  t(strings, ...vals) { return `${this.tag}:${strings.raw.join('_')}:${vals.join(',')}`; },
};
function outside() { 'use strict'; return this; }
with (obj) {
  console.log(whoami(), strictWho(), outside());
  console.log(t`a${1}b${2}c`);
  console.log(whoami?.(), typeof tag?.length);
  var nothing = null;
  console.log(nothing?.(), typeof nothing);
  try { tag(); } catch (e) { console.log(e.constructor.name, e.message); }
  try { missing(); } catch (e) { console.log(e.constructor.name, e.message); }
  const m = whoami;
  console.log(m() === 'undefined' || m());
}
// Getters on the with object run on each read, with the object as receiver.
let n = 0;
const counter = { get next() { return ++n; }, set next(v) { n = v * 10; } };
with (counter) {
  console.log(next, next, next);
  next = 5;
  console.log(next);
  next += 1;
  console.log(n);
}
