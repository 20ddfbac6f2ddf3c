class Parent {}
class NoSuper extends Parent {
  constructor() { }
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class ThisBeforeSuper extends Parent {
  constructor() { this.x = 1; super(); }
}
try {
  new ThisBeforeSuper();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class ReturnsObject extends Parent {
  constructor() { return { custom: true }; }
}
console.log(new ReturnsObject());
class Twice extends Parent {
  constructor() { super(); try { super(); } catch (e) { console.log(e.name + ': ' + e.message); } }
}
new Twice();
