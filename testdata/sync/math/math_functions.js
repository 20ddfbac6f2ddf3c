console.log(Math.abs(-3), Math.sign(-2), Math.sign(0), Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.round(-0.4), Math.trunc(-4.7));
console.log(Math.max(), Math.min(), Math.max(1, 'a'), Math.max(3, 1, 2), Math.min(...[4, 2, 8]));
console.log(Math.sqrt(16), Math.cbrt(27), Math.pow(2, 10), Math.hypot(3, 4), Math.sqrt(-1));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2);
console.log(Math.sin(0), Math.cos(Math.PI), Math.atan2(1, 1), Math.exp(1), Math.log(Math.E), Math.log10(1000), Math.log2(8));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.imul(3, 4), Math.expm1(0), Math.log1p(0));
