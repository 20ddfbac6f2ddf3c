function* g(a, b = a * 2, ...rest) { yield a; yield b; yield rest; yield arguments.length; a = 'changed'; yield arguments[0]; }
console.log([...g(1)], [...g(1, undefined, 3, 4)]);
function* sloppy(a) { a = 'x'; yield arguments[0]; }
console.log(sloppy('orig').next().value);
