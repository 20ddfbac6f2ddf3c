// A let binding in its temporal dead zone: a name the with object has is
// read from the object without error; one it lacks throws.
const o = { early: 'from object' };
function read() {
  with (o) {
    return [early, (() => { try { return late; } catch (e) { return e.name; } })()];
  }
}
console.log(read());
let early = 'let early';
let late = 'let late';
console.log(read());
delete o.early;
console.log(read());
