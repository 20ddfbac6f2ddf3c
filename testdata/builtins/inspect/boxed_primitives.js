// Boxed primitives print as [Type: value], with their extra properties.
console.log(new Number(3), new Number(-0), new Number(NaN), new String('x'), new Boolean(false));
console.log(Object(1n), Object(Symbol('s')), Object(Symbol()));
console.log([new String('in array')], { n: new Number(1.5) });
const str = new String('abc');
str.extra = 1;
console.log(str);
const num = new Number(42);
num.label = 'answer';
console.log(num);
class MyNum extends Number {}
console.log(new MyNum(7));
class MyStr extends String {}
console.log(new MyStr('sub'));
const tagged = new Boolean(true);
tagged[Symbol.toStringTag] = 'T';
console.log(tagged);
console.log(new String(''), new String('it\'s'), new String('a\nb'));
console.log(typeof new Number(1), new Number(1) + 1, `${new String('t')}`);
console.log(Object('str').length, Object(true) instanceof Boolean);
