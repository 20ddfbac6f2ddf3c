const it = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { console.log("return"); return 7; } };
try { for (const x of it) break; } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const x of it) throw new Error("body"); } catch (e) { console.log("body error wins:", e.message); }
const it2 = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { throw new Error("return threw"); } };
try { for (const x of it2) break; } catch (e) { console.log(e.message); }
try { for (const x of it2) throw new Error("body2"); } catch (e) { console.log(e.message); }
