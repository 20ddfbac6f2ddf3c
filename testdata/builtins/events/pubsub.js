// Pub/sub with topics, unsubscribe handles and wildcard fan-out.
const { EventEmitter } = require('events');
class Bus {
  constructor() { this.ee = new EventEmitter(); }
  subscribe(topic, fn) { this.ee.on(topic, fn); return () => this.ee.off(topic, fn); }
  publish(topic, msg) {
    const hit = this.ee.emit(topic, msg);
    this.ee.emit('*', topic, msg);
    return hit;
  }
  topics() { return this.ee.eventNames().filter((t) => t !== '*'); }
}
const bus = new Bus();
const seen = [];
bus.subscribe('*', (t, m) => seen.push(`${t}:${JSON.stringify(m)}`));
const unA = bus.subscribe('news', (m) => console.log('A got', m));
const unB = bus.subscribe('news', (m) => console.log('B got', m));
bus.subscribe('sport', (m) => console.log('sport', m.score));
console.log(bus.publish('news', 'hello'), bus.topics());
unA();
console.log(bus.publish('news', { x: 1 }));
unB();
console.log(bus.publish('news', 'silence'), bus.publish('sport', { score: [2, 1] }), bus.topics());
console.log(seen);
// The same function subscribed twice is called twice and removed one at a time.
function twice(m) { console.log('twice', m); }
const u1 = bus.subscribe('t', twice), u2 = bus.subscribe('t', twice);
bus.publish('t', 1); u1(); bus.publish('t', 2); u2(); console.log(bus.publish('t', 3));
