// Builtins that walk a nested value in Go end in RangeError, as node, never in a Go stack overflow.
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
let a = []; for (let i = 0; i < 2e5; i++) a = [a];
let o = {}; for (let i = 0; i < 2e5; i++) o = { o };
show('flat', () => a.flat(Infinity).length);
show('structuredClone', () => typeof structuredClone(a));
show('clone obj', () => typeof structuredClone(o));
show('toString', () => String(a).length);
show('deepEqual-ish', () => Object.keys(o).length);
