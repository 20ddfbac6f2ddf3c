// An event emitter turned into an async iterator: events queue while the
// consumer is busy, return() removes the listener, a later 'error' event
// rejects the pending next().
class EventEmitter {
  constructor() {
    this.listeners = new Map();
  }
  on(name, f) {
    if (!this.listeners.has(name)) this.listeners.set(name, []);
    this.listeners.get(name).push(f);
  }
  off(name, f) {
    const fs = this.listeners.get(name) || [];
    const i = fs.indexOf(f);
    if (i >= 0) fs.splice(i, 1);
  }
  emit(name, ...args) {
    for (const f of [...(this.listeners.get(name) || [])]) f(...args);
  }
  listenerCount(name) {
    return (this.listeners.get(name) || []).length;
  }
}
function on(emitter, name) {
  const queue = [];
  const pulls = [];
  let error = null;
  const handler = (v) => (pulls.length ? pulls.shift().resolve({ value: v, done: false }) : queue.push(v));
  const onError = (e) => {
    error = e;
    while (pulls.length) pulls.shift().reject(e);
  };
  emitter.on(name, handler);
  emitter.on('error', onError);
  const cleanup = () => {
    emitter.off(name, handler);
    emitter.off('error', onError);
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) return Promise.reject(error);
      return new Promise((resolve, reject) => pulls.push({ resolve, reject }));
    },
    return() {
      cleanup();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const em = new EventEmitter();
  setTimeout(() => {
    em.emit('data', 1);
    em.emit('data', 2);
  }, 20);
  setTimeout(() => em.emit('data', 3), 40);
  for await (const v of on(em, 'data')) {
    console.log('data', v, 'listeners', em.listenerCount('data'));
    if (v === 3) break;
  }
  console.log('after break, listeners', em.listenerCount('data'), em.listenerCount('error'));
  const em2 = new EventEmitter();
  setTimeout(() => em2.emit('tick', 'a'), 20);
  setTimeout(() => em2.emit('error', new Error('stream broke')), 40);
  try {
    for await (const v of on(em2, 'tick')) console.log('tick', v);
  } catch (e) {
    console.log('caught', e.message, 'listeners', em2.listenerCount('tick'));
  }
  await sleep(20);
  console.log('end');
})();
