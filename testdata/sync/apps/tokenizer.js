function tokenize(src) {
  const re = /\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))/y;
  const out = [];
  let m;
  re.lastIndex = 0;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1]) out.push({ type: 'num', value: parseFloat(m[1]) });
    else if (m[2]) out.push({ type: 'id', value: m[2] });
    else out.push({ type: 'op', value: m[3] });
  }
  if (re.lastIndex < src.trimEnd().length) throw new SyntaxError(`bad input at ${re.lastIndex}: ${JSON.stringify(src.slice(re.lastIndex))}`);
  return out;
}
function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i]?.value;
  const next = () => tokens[i++];
  function primary() {
    const t = next();
    if (!t) throw new SyntaxError('unexpected end');
    if (t.type === 'num') return { k: 'num', v: t.value };
    if (t.type === 'id') {
      if (peek() === '(') { next(); const args = []; if (peek() !== ')') { do { args.push(expr()); } while (peek() === ',' && next()); } expect(')'); return { k: 'call', name: t.value, args }; }
      return { k: 'var', name: t.value };
    }
    if (t.value === '(') { const e = expr(); expect(')'); return e; }
    if (t.value === '-') return { k: 'neg', e: unary() };
    throw new SyntaxError(`unexpected ${t.value}`);
  }
  function expect(v) { if (next()?.value !== v) throw new SyntaxError(`expected ${v}`); }
  function unary() { return primary(); }
  function power() { const b = unary(); if (peek() === '**' || peek() === '^') { next(); return { k: 'bin', op: '**', l: b, r: power() }; } return b; }
  function term() { let l = power(); while (['*', '/', '%'].includes(peek())) { const op = next().value; l = { k: 'bin', op, l, r: power() }; } return l; }
  function expr() { let l = term(); while (peek() === '+' || peek() === '-') { const op = next().value; l = { k: 'bin', op, l, r: term() }; } return l; }
  const e = expr();
  if (i < tokens.length) throw new SyntaxError(`trailing ${peek()}`);
  return e;
}
const env = { pi: Math.PI, e: Math.E, x: 3 };
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs };
function evaluate(n) {
  switch (n.k) {
    case 'num': return n.v;
    case 'var': if (!(n.name in env)) throw new ReferenceError(`${n.name} is not defined`); return env[n.name];
    case 'neg': return -evaluate(n.e);
    case 'call': return fns[n.name](...n.args.map(evaluate));
    case 'bin': {
      const [a, b] = [evaluate(n.l), evaluate(n.r)];
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '%': a % b, '**': a ** b }[n.op];
    }
  }
}
for (const src of ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-x * 2 + max(1, 5, 3)', 'sqrt(16) / 0', 'pi * x ^ 2', '10 % 4 - -3', '1 +', 'y + 1', '3 $ 4', 'min()']) {
  try {
    const ast = parse(tokenize(src));
    console.log(src.padEnd(22), '=>', evaluate(ast));
  } catch (e) {
    console.log(src.padEnd(22), '!!', `${e.name}: ${e.message}`);
  }
}
console.log(JSON.stringify(parse(tokenize('a*(b+1)'))));
console.dir(parse(tokenize('f(1,2)+3')), { depth: null });
