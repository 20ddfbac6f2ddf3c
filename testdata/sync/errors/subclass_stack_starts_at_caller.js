class A extends Error { constructor(m) { super(m); this.name = 'A'; } }
class B extends A { constructor() { super('b'); } }
class C extends Error {}
function mk() { return new B(); }
const clean = (s) => s.split(__dirname).join('<dir>').split('\n').slice(0, 3).join(' | ');
console.log(clean(mk().stack));
console.log(clean(new C('c').stack));
console.log(clean(new A('a').stack));
function Legacy(msg) { const e = new Error(msg); e.name = 'Legacy'; return e; }
console.log(clean(Legacy('l').stack));
