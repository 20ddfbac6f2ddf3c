'use strict';
const counter = {
  count: 0,
  inc() { this.count++; return this; },
  later() { return () => this.count; },
  detached() { return this; },
};
counter.inc().inc();
console.log(counter.count, counter.later()());
const d = counter.detached;
console.log(d());
function show() { return this === undefined ? 'undefined this' : this.label; }
console.log(show(), show.call({ label: 'called' }), show.apply({ label: 'applied' }, []));
const bound = show.bind({ label: 'bound' });
console.log(bound(), bound.call({ label: 'ignored' }), bound.name);
function add(a, b, c) { return a + b + c; }
const add5 = add.bind(null, 5);
console.log(add5(1, 2), add5.length, add.apply(null, [1, 2, 3]));
