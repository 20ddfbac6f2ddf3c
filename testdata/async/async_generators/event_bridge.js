// An event-emitter-to-async-iterator bridge (fromEvents of the source document).
class Emitter {
  constructor() { this.listeners = {}; }
  on(name, fn) { (this.listeners[name] ||= []).push(fn); return this; }
  emit(name, data) { for (const fn of this.listeners[name] || []) fn(data); }
}
async function* fromEvents(emitter, eventName) {
  const queue = [];
  let resolver = null;
  emitter.on(eventName, (data) => {
    if (resolver) { resolver(data); resolver = null; } else { queue.push(data); }
  });
  while (true) {
    if (queue.length > 0) {
      yield queue.shift();
    } else {
      yield await new Promise(resolve => { resolver = resolve; });
    }
  }
}
const socket = new Emitter();
let n = 0;
const timer = setInterval(() => {
  n++;
  socket.emit('message', { n, text: 'msg ' + n });
  if (n === 2) { socket.emit('message', { n: 2.5, text: 'burst' }); }
}, 2);
(async () => {
  let count = 0;
  for await (const event of fromEvents(socket, 'message')) {
    console.log('Received:', event);
    if (++count === 5) break;
  }
  clearInterval(timer);
  console.log('done after', count);
})();
