// What stringify throws: cycles through arrays and objects, BigInt, and errors from hooks.
const make = () => { const o = { id: 1, child: { list: [] } }; o.child.list.push({ up: o }); return o; };
try { JSON.stringify(make()); } catch (e) { console.log(e.message); }
try { JSON.stringify({ wrapper: make() }, null, 2); } catch (e) { console.log(e.message); }
const selfArr = [];
selfArr[0] = selfArr;
try { JSON.stringify(selfArr); } catch (e) { console.log(e.message); }
class A { constructor() { this.b = new B(this); } }
class B { constructor(a) { this.a = a; } }
try { JSON.stringify(new A()); } catch (e) { console.log(e.message); }
const m = new Map();
const viaToJSON = { toJSON() { return { again: viaToJSON }; } };
try { JSON.stringify(viaToJSON); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify([Object(2n)]); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ get boom() { throw new Error('getter threw'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ a: 1 }, () => { throw new TypeError('replacer threw'); }); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ toJSON() { throw new SyntaxError('toJSON threw'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify(new Proxy({}, { ownKeys() { throw new Error('ownKeys threw'); } })); } catch (e) { console.log(e.message); }
const revoked = Proxy.revocable({}, {});
revoked.revoke();
try { JSON.stringify(revoked.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
const shared = [1];
console.log(JSON.stringify([shared, shared, { s: shared }]), m.size);
