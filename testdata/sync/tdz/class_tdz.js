try {
  new Early();
} catch (e) {
  console.log(e.name, e.message);
}
class Early {}
console.log(typeof Early);
try {
  class Self extends (console.log('evaluating heritage'), Object) {
    static x = Self.name;
  }
  console.log(Self.x);
} catch (e) {
  console.log(e.name, e.message);
}
