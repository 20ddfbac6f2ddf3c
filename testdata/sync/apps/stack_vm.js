function run(program, input = []) {
  const stack = [], out = [];
  const labels = {};
  const code = program.trim().split('\n').map((l) => l.trim().split(/\s+/)).filter((t) => t[0] && !t[0].startsWith(';'));
  code.forEach(([op, arg], i) => { if (op.endsWith(':')) labels[op.slice(0, -1)] = i; });
  let pc = 0, steps = 0;
  const pop = () => { if (!stack.length) throw new Error(`stack underflow at ${pc}`); return stack.pop(); };
  while (pc < code.length) {
    if (++steps > 10000) throw new RangeError('too many steps');
    const [op, arg] = code[pc++];
    switch (op) {
      case 'push': stack.push(Number(arg)); break;
      case 'read': stack.push(input.shift() ?? 0); break;
      case 'add': stack.push(pop() + pop()); break;
      case 'mul': stack.push(pop() * pop()); break;
      case 'sub': { const b = pop(), a = pop(); stack.push(a - b); break; }
      case 'dup': { const a = pop(); stack.push(a, a); break; }
      case 'swap': { const b = pop(), a = pop(); stack.push(b, a); break; }
      case 'print': out.push(pop()); break;
      case 'jz': if (pop() === 0) pc = labels[arg]; break;
      case 'jmp': pc = labels[arg]; break;
      case 'halt': return out;
      default: if (!op.endsWith(':')) throw new SyntaxError(`unknown op ${op}`);
    }
  }
  return out;
}
const factorial = `
  read
  push 1
  swap
loop:
  dup
  jz end
  dup
  ; multiply acc by n
  swap
  halt
end:
  print
`;
console.log(run('push 2\npush 3\nadd\ndup\nmul\nprint'));
console.log(run(factorial, [5]));
const countdown = `
  read
top:
  dup
  print
  push 1
  sub
  dup
  jz done
  jmp top
done:
`;
console.log(run(countdown, [4]));
for (const bad of ['add', 'frob', 'x:\njmp x']) {
  try { run(bad); } catch (e) { console.log(e.name, e.message); }
}
