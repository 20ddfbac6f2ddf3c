let it;
function* g() { try { it.next(); } catch (e) { console.log(e.constructor.name, e.message); } yield 1; }
it = g();
console.log(it.next());
function* h() { try { it2.return(); } catch (e) { console.log("return:", e.constructor.name); } try { it2.throw(1); } catch (e) { console.log("throw:", e.constructor.name); } yield 2; }
const it2 = h();
console.log(it2.next());
