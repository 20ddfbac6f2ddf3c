// Numbers and bigints as util.inspect prints them.
console.log([0, -0, 1, -1, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 2 ** 53]);
console.log([NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON]);
console.log(-0, [-0], { z: -0 }, String(-0), `${-0}`, -0 + '');
console.log([1n, -1n, 0n, 2n ** 64n, -(2n ** 100n)]);
console.log({ big: 12345678901234567890n });
console.log(0.000001, 0.0000001, 1.5e300, -1.5e-300, 100, 1e6, 1.0);
console.log([3.14159, 2.71828, 1.41421, 1.73205, 2.23606, 2.44949, 2.64575]);
console.log(Number('12px'), parseInt('12px'), parseFloat('.5e1'), 5 / 0, -5 / 0, 0 / 0);
console.log([0xff, 0o17, 0b101, 1_000_000]);
console.log((255).toString(16), (0.5).toString(2), (1e21).toFixed(2), (1.005).toFixed(2));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER - 2);
console.log([1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12]);
console.log(Array.from({ length: 10 }, (_, i) => 1 / (i + 1)));
