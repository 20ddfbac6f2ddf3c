// Many live generators at once, each with its own frame.
function* counter(id) { let n = 0; while (true) yield `${id}:${n++}`; }
const gens = Array.from({ length: 1000 }, (_, i) => counter(i));
let last; for (let round = 0; round < 3; round++) for (const g of gens) last = g.next().value;
console.log(last, gens.length);
let sum = 0; function* big() { for (let i = 0; i < 100000; i++) yield i; } for (const x of big()) sum += x; console.log(sum);
