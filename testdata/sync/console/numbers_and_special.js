console.log([0.1 + 0.2, 1e21, 1e-7, -1e-7, 2 ** 53, -0, 0, Infinity, -Infinity, NaN]);
console.log({ date: new Date(0), re: /ab+c/gi, err: null });
console.log([new Number(3), new String('boxed'), new Boolean(false), Object(1n), Object(Symbol('q'))]);
console.log([undefined, null], { u: undefined }, [[]], [{}], {});
console.log(new Array(5), [1, , 3], Object.assign([1, 2], { extra: 'prop' }));
console.log(-0, [-0], 0 * -1, (-0).toFixed(1));
