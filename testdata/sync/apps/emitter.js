class Emitter {
  constructor() { this.handlers = Object.create(null); }
  on(evt, fn) { (this.handlers[evt] ||= []).push(fn); return () => this.off(evt, fn); }
  once(evt, fn) { const off = this.on(evt, (...a) => { off(); fn(...a); }); return off; }
  off(evt, fn) { this.handlers[evt] = (this.handlers[evt] || []).filter((h) => h !== fn); }
  emit(evt, ...args) {
    const hs = this.handlers[evt];
    if (!hs || hs.length === 0) { if (evt === 'error') throw args[0]; return false; }
    for (const h of [...hs]) h.apply(this, args);
    return true;
  }
}
const bus = new Emitter();
const log = [];
const unsub = bus.on('msg', function (x, y) { log.push(`a:${x}${y ?? ''}`); });
bus.once('msg', (x) => log.push(`once:${x}`));
bus.on('msg', (x) => { if (x === 3) unsub(); });
[1, 2, 3, 4].forEach((n) => bus.emit('msg', n, n > 2 ? '!' : undefined));
console.log(log);
console.log(bus.emit('nothing'), Object.keys(bus.handlers), bus.handlers.msg.length);
try { bus.emit('error', new Error('unhandled error event')); } catch (e) { console.log('caught:', e.message); }
console.log(bus);
