const calculator = {
  value: 0,
  add(n) { this.value += n; return this; },
  sub(n) { this.value -= n; return this; },
  result() { return this.value; },
};
console.log(calculator.add(10).sub(3).add(5).result());
const team = {
  name: 'core',
  members: ['ann', 'bo'],
  list() { return this.members.map(m => `${m}@${this.name}`); },
  listOld() { const self = this; return this.members.map(function (m) { return m + '@' + self.name; }); },
};
console.log(team.list(), team.listOld());
const { result } = calculator;
// Detached from its object, a sloppy-mode method sees globalThis as this.
console.log(result());
'use strict';
const strictResult = function () { 'use strict'; return this; };
console.log(strictResult());
