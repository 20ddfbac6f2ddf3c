// An HTTP-like server built on emitters: requests arrive as events, each
// request is itself an emitter of 'data'/'end', handlers await once() and
// consume bodies with events.on, and middleware wraps emit.
const { EventEmitter, once, on } = require('events');
class Request extends EventEmitter {
  constructor(id, chunks) { super(); this.id = id; this.chunks = chunks; }
  flow() {
    let i = 0;
    const push = () => {
      if (i < this.chunks.length) { this.emit('data', this.chunks[i++]); setTimeout(push, 20); }
      else this.emit('end');
    };
    setTimeout(push, 20);
  }
}
class Server extends EventEmitter {
  constructor() { super(); this.handled = 0; }
  use(mw) { const emit = this.emit; this.emit = function (type, ...args) { mw(type, args); return emit.call(this, type, ...args); }; }
}
const server = new Server();
server.use((type, args) => { if (type === 'request') console.log('[mw] request', args[0].id); });
server.on('request', async (req) => {
  let body = '';
  for await (const [chunk] of on(req, 'data', { close: ['end'] })) body += chunk;
  server.handled++;
  server.emit('response', req.id, body.toUpperCase());
});
server.on('response', (id, body) => console.log('response', id, body));
async function client() {
  const r1 = new Request(1, ['he', 'llo']);
  server.emit('request', r1);
  r1.flow();
  const [id, body] = await once(server, 'response');
  console.log('client got', id, body);
  const r2 = new Request(2, ['a', 'b', 'c']);
  const r3 = new Request(3, []);
  server.emit('request', r2); server.emit('request', r3);
  r3.flow();
  await once(server, 'response');
  r2.flow();
  await once(server, 'response');
  console.log('handled', server.handled, server.listenerCount('response'));
}
client().then(() => console.log('client done'));
