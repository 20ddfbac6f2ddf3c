// Generators as coroutines: a scheduler, a parser, a state machine.
function* worker(name, n) { for (let i = 0; i < n; i++) { const t = yield `${name}:${i}`; if (t) console.log(name, 'told', t); } return name + ' done'; }
const tasks = [worker('a', 2), worker('b', 3), worker('c', 1)];
while (tasks.length) {
  const t = tasks.shift();
  const r = t.next('tick');
  if (r.done) console.log(r.value); else { console.log(r.value); tasks.push(t); }
}
function* tokenizer() {
  let tok = '';
  for (;;) {
    const ch = yield;
    if (ch === null) { if (tok) console.log('token', tok); return; }
    if (ch === ' ') { if (tok) console.log('token', tok); tok = ''; } else tok += ch;
  }
}
const tk = tokenizer(); tk.next();
for (const ch of 'let x  = 42;') tk.next(ch);
tk.next(null);
function* traffic() { while (true) { yield 'green'; yield 'yellow'; yield 'red'; } }
const light = traffic(); console.log(Array.from({ length: 5 }, () => light.next().value));
function* accumulate() { let total = 0; while (true) { const v = yield total; if (v === undefined) return total; total += v; } }
const acc = accumulate(); acc.next(); acc.next(5); acc.next(10); console.log(acc.next(), acc.next());
