// Each registered function prints its name and toString(); names_test.go checks
// them against the AST's InferredName and source ranges.
const fns = [];
const r = (f) => fns.push(f);
r(function decl() { return 1 });
r(function () {});
r(() => 1);
r(async () => { await 1 });
r(async x => x);
r(async function af() {});
r(function* gen() { yield 1 });
r(async function* agen() {});
const arrowConst = () => {}; r(arrowConst);
let fnLet = function () {}; r(fnLet);
var named = function inner() {}; r(named);
let assigned; assigned = () => {}; r(assigned);
let logical; logical ||= () => {}; r(logical);
const obj = { m() {}, async am() {}, *gm() {}, async *agm() {}, get g() { return 1 }, set s(v) {}, p: () => {}, q: function () {}, 'str key': () => {}, 42: () => {}, 1.5e3: function () {} };
r(obj.m); r(obj.am); r(obj.gm); r(obj.agm); r(Object.getOwnPropertyDescriptor(obj, 'g').get); r(Object.getOwnPropertyDescriptor(obj, 's').set); r(obj.p); r(obj.q); r(obj['str key']); r(obj[42]); r(obj[1500]);
class K { constructor(a) { this.a = a } static sm() {} m2() {} static async *sag() {} f = () => {}; static sf = function () {}; #priv = () => {}; getPriv() { return this.#priv } }
r(K); r(K.sm); r(K.prototype.m2); r(K.sag); r(new K().f); r(K.sf); r(new K().getPriv());
const C2 = class {}; r(C2);
const C3 = class Named {}; r(C3);
const { d1 = () => {} } = {}; r(d1);
const [d2 = function () {}] = []; r(d2);
function withDefault(p = () => {}) { return p } r(withDefault());
for (const f of fns) console.log(JSON.stringify(f.name) + " " + JSON.stringify(f.toString()));
