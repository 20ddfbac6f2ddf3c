const hundred = Array.from({ length: 120 }, (_, i) => i);
console.log(hundred);
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi'];
console.log(words);
console.log([[1, 2, [3, 4, [5, [6]]]], { a: [{ b: { c: {} } }] }]);
console.log(Array.from({ length: 8 }, (_, i) => 'item number ' + i));
console.log([1.5, -2, 300, 4e21, NaN, -0, 12345]);
