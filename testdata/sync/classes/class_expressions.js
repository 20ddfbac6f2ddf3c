const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Named.name, new Named().who(), typeof Inner);
const Anon = class {};
console.log(Anon.name);
const mixin = Base => class extends Base {
  mixed() { return 'mixed into ' + Base.name; }
};
class Thing {}
const Mixed = mixin(Thing);
console.log(new Mixed().mixed(), Mixed.name, new Mixed() instanceof Thing);
const classes = [1, 2].map(n => class { static n = n; });
console.log(classes.map(C => C.n));
console.log(class {}, class Foo {}, class Bar extends Thing {});
