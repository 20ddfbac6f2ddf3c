let made = 0;
class Tracked extends Promise {
  constructor(executor) {
    made++;
    super(executor);
  }
}
const t = Tracked.resolve('x');
console.log('resolve made', made, t instanceof Tracked);
const chained = t.then(v => { console.log('then sees', v); return v + 'y'; });
console.log('then made', made, chained instanceof Tracked);
chained.finally(() => console.log('finally on subclass')).then(v => console.log('after finally', v, made));
Tracked.all([1, Promise.resolve(2)]).then(vs => console.log('all', vs, made));
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const p = Plain.resolve(1).then(() => {});
console.log('species makes then return Promise:', p instanceof Plain, p instanceof Promise);
Promise.resolve().then(() => console.log('native m1')).then(() => console.log('native m2'));
