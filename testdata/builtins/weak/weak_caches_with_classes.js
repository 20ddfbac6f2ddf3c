// WeakMap/WeakSet patterns around classes: branding, per-instance caches, listener registries.
const brand = new WeakSet();
class Token {
  constructor(v) { this.v = v; brand.add(this); }
  static isToken(x) { return brand.has(x); }
  equals(other) {
    if (!brand.has(other)) throw new TypeError('not a Token: ' + JSON.stringify(other));
    return this.v === other.v;
  }
}
const t1 = new Token(1), t2 = new Token(1);
console.log(Token.isToken(t1), Token.isToken({ v: 1 }), t1.equals(t2));
try { t1.equals({ v: 1 }); } catch (e) { console.log(e.message); }
const listeners = new WeakMap();
function on(target, event, fn) {
  let byEvent = listeners.get(target);
  if (!byEvent) listeners.set(target, (byEvent = new Map()));
  if (!byEvent.has(event)) byEvent.set(event, []);
  byEvent.get(event).push(fn);
}
function emit(target, event, ...args) {
  for (const fn of listeners.get(target)?.get(event) ?? []) fn(...args);
}
const button = { id: 'ok' };
on(button, 'click', x => console.log('clicked', x));
on(button, 'click', x => console.log('again', x * 2));
emit(button, 'click', 21);
emit(button, 'hover');
emit({ id: 'other' }, 'click', 1);
// Per-instance lazy cache.
const cache = new WeakMap();
class Doc {
  constructor(text) { this.text = text; }
  get words() {
    if (!cache.has(this)) { console.log('splitting'); cache.set(this, this.text.split(/\s+/)); }
    return cache.get(this);
  }
}
const doc = new Doc('a b  c');
console.log(doc.words, doc.words.length, doc);
// WeakMap keys can be functions, arrays, and other collections.
const meta = new WeakMap([[Doc, 'class'], [[], 'array'], [new Map(), 'map'], [Math.max, 'builtin']]);
console.log(meta.get(Doc), meta.get(Math.max), meta.has([]));
console.log(new WeakMap([[{}, 1]]), new WeakSet([{}]), String(new WeakMap()));
