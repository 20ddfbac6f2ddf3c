function* letters() { yield "a"; yield "b"; yield "c"; }
const it = letters();
for (const x of it) { console.log("first loop", x); break; }
for (const x of it) console.log("second loop", x);
const it2 = letters();
it2.next();
console.log([...it2], [...it2]);
const shared = letters();
const [p] = shared; const [q] = shared;
console.log(p, q);
