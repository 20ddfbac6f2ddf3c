// A generator-based tokenizer feeding a recursive-descent parser through a
// peekable wrapper; a syntax error thrown by the parser closes the tokenizer.
function* tokenize(src) {
  let i = 0;
  try {
    while (i < src.length) {
      const c = src[i];
      if (c === ' ') {
        i++;
        continue;
      }
      if (/[0-9.]/.test(c)) {
        let j = i;
        while (j < src.length && /[0-9.]/.test(src[j])) j++;
        yield { type: 'num', value: Number(src.slice(i, j)), at: i };
        i = j;
      } else if (/[a-z]/i.test(c)) {
        let j = i;
        while (j < src.length && /[a-z0-9]/i.test(src[j])) j++;
        yield { type: 'name', value: src.slice(i, j), at: i };
        i = j;
      } else if ('+-*/()^,'.includes(c)) {
        yield { type: c, at: i++ };
      } else {
        throw new SyntaxError(`bad character ${JSON.stringify(c)} at ${i}`);
      }
    }
    yield { type: 'eof', at: i };
  } finally {
    console.log('  tokenizer stopped at', i);
  }
}
function peekable(it) {
  let head = it.next();
  return {
    peek: () => head.value,
    next() {
      const v = head.value;
      head = it.next();
      return v;
    },
    close: () => it.return(),
  };
}
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt };
function parse(src) {
  const ts = peekable(tokenize(src));
  const expect = (t) => {
    const tok = ts.next();
    if (tok.type !== t) throw new SyntaxError(`expected ${t} but got ${tok.type} at ${tok.at}`);
    return tok;
  };
  function primary() {
    const t = ts.next();
    if (t.type === 'num') return t.value;
    if (t.type === '-') return -primary();
    if (t.type === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    if (t.type === 'name') {
      expect('(');
      const args = [expr()];
      while (ts.peek().type === ',') {
        ts.next();
        args.push(expr());
      }
      expect(')');
      return fns[t.value](...args);
    }
    throw new SyntaxError(`unexpected ${t.type} at ${t.at}`);
  }
  function power() {
    const b = primary();
    if (ts.peek().type === '^') {
      ts.next();
      return b ** power();
    }
    return b;
  }
  function term() {
    let v = power();
    while (ts.peek().type === '*' || ts.peek().type === '/') v = ts.next().type === '*' ? v * power() : v / power();
    return v;
  }
  function expr() {
    let v = term();
    while (ts.peek().type === '+' || ts.peek().type === '-') v = ts.next().type === '+' ? v + term() : v - term();
    return v;
  }
  try {
    const v = expr();
    expect('eof');
    return v;
  } finally {
    ts.close();
  }
}
for (const src of ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', 'max(1, 7, 3) - sqrt(16)', '-4 + 10 / 4', '1 + * 2', '3 $ 4', '(1 + 2', '1 2']) {
  try {
    console.log(src, '=', parse(src));
  } catch (e) {
    console.log(src, '->', e.name + ':', e.message);
  }
}
console.log([...tokenize('a1+2.5')].map((t) => t.type + (t.value !== undefined ? '=' + t.value : '')).join(' '));
