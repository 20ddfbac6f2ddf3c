// A line splitter over chunks that cut lines anywhere (\n and \r\n), keeping
// the partial line across chunks and flushing the last line without newline.
async function* chunks(text, sizes) {
  let pos = 0;
  let i = 0;
  while (pos < text.length) {
    const n = sizes[i++ % sizes.length];
    await null;
    yield text.slice(pos, pos + n);
    pos += n;
  }
}
async function* lines(source) {
  let carry = '';
  for await (const chunk of source) {
    carry += chunk;
    let nl;
    while ((nl = carry.indexOf('\n')) >= 0) {
      let line = carry.slice(0, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      carry = carry.slice(nl + 1);
      yield line;
    }
  }
  if (carry) yield carry;
}
function* linesSync(chunks) {
  let carry = '';
  for (const c of chunks) {
    const parts = (carry + c).split(/\r?\n/);
    carry = parts.pop();
    yield* parts;
  }
  if (carry !== '') yield carry;
}
const text = 'alpha\nbeta\r\ngamma delta\n\nepsilon\r\nlast line without newline';
(async () => {
  for (const sizes of [[1], [3, 7], [100], [5, 2, 9]]) {
    const out = [];
    for await (const l of lines(chunks(text, sizes))) out.push(l);
    console.log(sizes.join('/'), JSON.stringify(out));
  }
  let n = 0;
  for await (const l of lines(chunks(text, [4]))) {
    if (++n === 3) {
      console.log('third line', l);
      break;
    }
  }
  console.log(JSON.stringify([...linesSync(['a\nb', 'c\r', '\nd\n', '', 'e'])]));
  console.log(JSON.stringify([...linesSync(['x\n'])]));
})();
