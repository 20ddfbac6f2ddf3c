class A {
  constructor() { this.log = ['A']; }
  greet() { return 'A.greet'; }
  static make() { return 'A.make'; }
  get label() { return 'label-A'; }
}
class B extends A {
  constructor() { super(); this.log.push('B'); }
  greet() { return 'B>' + super.greet(); }
  static make() { return 'B>' + super.make(); }
  get label() { return super.label + '+B'; }
}
class C extends B {
  constructor() { super(); this.log.push('C'); }
  greet() { return 'C>' + super.greet(); }
  arrow() { return (() => super.greet())(); }
}
const c = new C();
console.log(c.log, c.greet(), C.make(), c.label, c.arrow());
const obj = {
  __proto__: { hi() { return 'proto hi'; } },
  hi() { return 'own>' + super.hi(); },
};
console.log(obj.hi());
