class EventEmitter { constructor() { this.handlers = {}; } on(ev, f) { (this.handlers[ev] ||= []).push(f); return this; } emit(ev, ...args) { for (const f of this.handlers[ev] || []) f(...args); } }
function toAsyncIterator(emitter, event, endEvent) {
  const queue = []; const waiters = []; let ended = false;
  emitter.on(event, (v) => { if (waiters.length) waiters.shift()({ value: v, done: false }); else queue.push(v); });
  emitter.on(endEvent, () => { ended = true; while (waiters.length) waiters.shift()({ value: undefined, done: true }); });
  return { [Symbol.asyncIterator]() { return this; }, next() { if (queue.length) return Promise.resolve({ value: queue.shift(), done: false }); if (ended) return Promise.resolve({ value: undefined, done: true }); return new Promise((r) => waiters.push(r)); } };
}
const em = new EventEmitter();
(async () => { for await (const d of toAsyncIterator(em, "data", "end")) console.log("data", d); console.log("stream ended"); })();
em.emit("data", 1); em.emit("data", 2);
setTimeout(() => { em.emit("data", 3); }, 20);
setTimeout(() => { em.emit("data", 4); em.emit("end"); }, 40);
