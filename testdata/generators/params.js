function* g([a, b] = [1, 2], c = a + b) { console.log('body', a, b, c); yield c; }
console.log('made'); const it = g(); console.log('after call'); console.log(it.next(), it.next());
function* bad({ x }) { yield x; }
try { bad(null); console.log('no throw'); } catch (e) { console.log('threw at call', e.constructor.name); }
async function* abad([x]) { yield x; }
try { abad(5); console.log('no throw'); } catch (e) { console.log('async threw at call', e.constructor.name); }
async function* ag(a = 1, ...rest) { yield a; yield rest; }
(async () => { for await (const v of ag(undefined, 2, 3)) console.log(v); })();
function* args(a, b = 2) { yield arguments.length; yield a + b; }
console.log([...args(1)]);
