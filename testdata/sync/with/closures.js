// Closures made in a with body keep looking names up in its object, even
// after the block is left; each execution of the block has its own object.
function counterFor(state) {
  with (state) {
    return {
      inc: () => ++count,
      get: function () { return count; },
      rename(n) { name = n; },
      describe() { return `${name}: ${count}`; },
    };
  }
}
const s1 = { count: 0, name: 'one' };
const c1 = counterFor(s1);
c1.inc(); c1.inc();
c1.rename('uno');
console.log(c1.get(), c1.describe(), s1);
delete s1.count;
var count = 100;
console.log(c1.get(), c1.inc(), count, s1);

const fns = [];
for (const o of [{ v: 'a' }, { v: 'b' }, { v: 'c' }]) {
  with (o) {
    fns.push(() => v);
  }
}
console.log(fns.map(f => f()).join(''));

// A property added to the object later is seen by a closure made before.
const late = {};
let seen;
with (late) {
  seen = () => typeof added === 'undefined' ? 'missing' : added;
}
console.log(seen());
late.added = 'now here';
console.log(seen());
