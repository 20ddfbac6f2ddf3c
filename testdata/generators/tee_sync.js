// tee for sync iterators: two independent cursors over one generator with a
// buffer each; the source is pulled once per value and closed only when
// both cursors are done with it.
function tee(iterable) {
  const it = iterable[Symbol.iterator]();
  const buffers = [[], []];
  let done = false;
  const open = [true, true];
  function* cursor(i) {
    try {
      for (;;) {
        if (buffers[i].length) {
          yield buffers[i].shift();
          continue;
        }
        if (done) return;
        const r = it.next();
        if (r.done) {
          done = true;
          return;
        }
        buffers[1 - i].push(r.value);
        yield r.value;
      }
    } finally {
      open[i] = false;
      if (!open[0] && !open[1] && !done) {
        console.log('  closing the source');
        it.return();
      }
    }
  }
  return [cursor(0), cursor(1)];
}
function* letters() {
  try {
    for (const c of 'abcdef') {
      console.log('  pull', c);
      yield c;
    }
  } finally {
    console.log('  letters finally');
  }
}
const [a, b] = tee(letters());
console.log(a.next().value, a.next().value, b.next().value);
console.log([...b].join(''), [...a].join(''));
const [c, d] = tee(letters());
for (const x of c) if (x === 'b') break;
console.log('c stopped');
for (const x of d) if (x === 'c') break;
console.log('d stopped');
const [e, f] = tee([1, 2, 3]);
console.log([...e], [...f]);
