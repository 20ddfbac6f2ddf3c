class Base {
  constructor() {
    this.kind = new.target.name;
    if (new.target === Base) console.log('constructing Base directly');
  }
}
class Derived extends Base {}
console.log(new Base().kind, new Derived().kind);
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError('Abstract is abstract');
  }
}
try {
  new Abstract();
} catch (e) {
  console.log(e.message);
}
class Concrete extends Abstract {}
console.log(new Concrete() instanceof Abstract);
function Fn() { return new.target === Fn ? 'with new' : 'without new'; }
console.log(new Fn() instanceof Fn, Fn());
