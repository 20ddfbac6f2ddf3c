const it = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; } };
function* g() { yield* it; }
const gen = g();
gen.next();
try { gen.throw(new Error("x")); } catch (e) { console.log(e.constructor.name, e.message); }
const bad = { [Symbol.iterator]() { return this; }, next() { return 5; } };
try { [...bad]; } catch (e) { console.log(e.constructor.name, e.message); }
const bad2 = { [Symbol.iterator]() { return 5; } };
try { for (const x of bad2); } catch (e) { console.log(e.constructor.name, e.message); }
