class A { m() { return 'A.m'; } }
class B extends A {
  constructor() { super(); const h = () => super.m(); this.v = h(); }
}
console.log(new B().v);
class C extends A {
  constructor() { super(); this.w = super.m() + '!'; }
  static s() { return (() => super.name)(); }
}
console.log(new C().w, C.s());
