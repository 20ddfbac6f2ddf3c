// A deterministic random walk over the emitter API, logging every result:
// listener arrays, once-wrappers and removal order must all agree with node.
const EventEmitter = require('events');
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const e = new EventEmitter();
const names = ['a', 'b', Symbol('c')];
const fns = [0, 1, 2, 3].map((i) => { const f = (...args) => log.push(`f${i}(${args.join()})`); f.id = 'f' + i; return f; });
let log = [];
e.on('removeListener', (n, f) => log.push(`-${String(n)}:${f.id || f.name}`));
e.on('newListener', (n, f) => log.push(`+${String(n)}:${f.id || f.name}`));
const id = (f) => f.id || (f.listener && 'once:' + f.listener.id) || f.name;
for (let step = 0; step < 300; step++) {
  const name = names[rand(3)], fn = fns[rand(4)];
  const op = rand(9);
  log = [];
  switch (op) {
    case 0: case 1: e.on(name, fn); break;
    case 2: e.once(name, fn); break;
    case 3: e.prependListener(name, fn); break;
    case 4: e.prependOnceListener(name, fn); break;
    case 5: e.off(name, fn); break;
    case 6: log.push('emit=' + e.emit(name, step)); break;
    case 7: if (rand(4) === 0) e.removeAllListeners(name); else log.push('count=' + e.listenerCount(name, rand(2) ? fn : undefined)); break;
    case 8: log.push('raw=' + e.rawListeners(name).map(id).join('|'), 'listeners=' + e.listeners(name).map(id).join('|')); break;
  }
  console.log(step, op, String(name), fn.id, log.join(' '), e.eventNames().length, e._eventsCount);
}
e.removeAllListeners();
console.log(e);
