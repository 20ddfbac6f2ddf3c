const p='x';
class A { get [p]() { return 1; } static set [p](v) {} [p+'m']() {} }
console.log(Object.getOwnPropertyDescriptor(A.prototype, 'x').get.name, Object.getOwnPropertyDescriptor(A, 'x').set.name, A.prototype.xm.name);
