const { EventEmitter } = require('events');
class Room extends EventEmitter {
  constructor() { super(); this.history = []; }
  async post(user, text) {
    await new Promise(r => setTimeout(r, 1));
    const msg = { n: this.history.length + 1, user, text };
    this.history.push(msg);
    this.emit('message', msg);
    return msg.n;
  }
}
const room = new Room();
room.on('message', m => console.log(`#${m.n} <${m.user}> ${m.text}`));
const onceJoined = new Promise(r => room.once('message', r));
async function conversation() {
  await room.post('ann', 'hi');
  await room.post('bo', 'hello ann');
  const ids = await Promise.all([room.post('ann', 'how are you'), room.post('cy', 'hey all')]);
  console.log('ids', ids);
}
onceJoined.then(m => console.log('first message was from', m.user));
conversation().then(() => console.log('history size', room.history.length));
