// %s on objects: built-in toString is ignored (inspected at depth 0), user ones are called.
Error.stackTraceLimit = 0;
class WithToString { toString() { return 'WTS!'; } }
class Plain { constructor() { this.x = 1; } }
console.log('%s', new WithToString());
console.log('%s', new Plain());
console.log('%s', { a: { b: 1 } }, '|', { a: { b: 1 } });
console.log('%s', [1, 2, 3]);
console.log('%s', new Map([[1, { x: 1 }]]));
console.log('%s', new Date(0));
console.log('%s', /re/g);
console.log('%s', function f() {});
console.log('%s', class K {});
console.log('%s', Object.create(null));
console.log('%s', { [Symbol.toPrimitive]() { return 'prim'; } });
class WithPrim { [Symbol.toPrimitive]() { return 'class prim'; } }
console.log('%s', new WithPrim());
console.log('%s', new TypeError('typed'));
class MyErr extends Error { toString() { return 'MyErr.toString'; } }
console.log('%s', new MyErr('m'));
console.log('%s', new Number(5), new String('boxed'));
console.log('%s', [new WithToString()]);
const own = { toString() { return 'own'; } };
console.log('%s', own);
console.log('%s and %s', 'a', 'b', 'rest', 7);
console.log('%s', 1.50, 2n ** 70n, -1e-7);
