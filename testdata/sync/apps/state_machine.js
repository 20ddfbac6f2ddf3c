const machine = {
  initial: 'idle',
  states: {
    idle: { on: { FETCH: 'loading' } },
    loading: { on: { RESOLVE: 'success', REJECT: 'failure' }, entry: (ctx) => { ctx.attempts++; } },
    success: { final: true },
    failure: { on: { RETRY: 'loading' } },
  },
};
function interpret(m) {
  let state = m.initial;
  const ctx = { attempts: 0, history: [state] };
  return {
    send(event) {
      const next = m.states[state].on?.[event];
      if (!next) { console.log(`  ignored ${event} in ${state}`); return this; }
      state = next;
      ctx.history.push(state);
      m.states[state].entry?.(ctx);
      return this;
    },
    get state() { return state; },
    get done() { return !!m.states[state].final; },
    ctx,
  };
}
const svc = interpret(machine);
svc.send('RESOLVE').send('FETCH').send('REJECT').send('RETRY').send('FETCH').send('RESOLVE');
console.log(svc.state, svc.done, svc.ctx);
const traffic = ['green', 'yellow', 'red'];
let i = 0;
const seq = [];
outer: for (let cycle = 0; cycle < 3; cycle++) {
  for (const light of traffic) {
    if (cycle === 1 && light === 'red') continue outer;
    if (cycle === 2 && light === 'yellow') break outer;
    seq.push(`${cycle}:${light}`);
    i++;
  }
}
console.log(seq, i);
let n = 27, steps = 0;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
console.log('collatz 27', steps);
let k = 0;
do { k += 3; } while (k < 10);
console.log(k);
switch (typeof svc.state) {
  case 'number': console.log('num'); break;
  case 'string':
  case 'symbol': console.log('stringish');
  default: console.log('fell through');
}
