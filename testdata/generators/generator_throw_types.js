function* g() { try { yield; } catch (e) { yield typeof e + ':' + String(e); } }
for (const v of [1, 'str', null, undefined, { a: 1 }, [1, 2], Symbol.iterator.description]) { const it = g(); it.next(); console.log(it.throw(v).value); }
