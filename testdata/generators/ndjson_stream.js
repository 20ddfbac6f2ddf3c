// Newline-delimited JSON from an async source: one bad line stops the
// stream with an error thrown through the layers; each layer's finally runs
// in order from the source outwards, before the consumer's catch.
async function* source(lines) {
  try {
    for (const l of lines) {
      await null;
      yield l + '\n';
    }
  } finally {
    console.log('source finally');
  }
}
async function* splitLines(src) {
  let buf = '';
  try {
    for await (const c of src) {
      buf += c;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.trim()) yield line;
      }
    }
  } finally {
    console.log('splitLines finally');
  }
}
async function* parseJSON(src) {
  let n = 0;
  try {
    for await (const line of src) {
      n++;
      try {
        yield JSON.parse(line);
      } catch (e) {
        if (e instanceof SyntaxError) throw new Error(`line ${n}: invalid JSON`);
        throw e;
      }
    }
  } finally {
    console.log('parseJSON finally after', n, 'lines');
  }
}
(async () => {
  const ok = ['{"a":1}', '', '[1,2]', '"s"', 'null'];
  for await (const v of parseJSON(splitLines(source(ok)))) console.log('value', JSON.stringify(v));
  try {
    for await (const v of parseJSON(splitLines(source(['{"x":1}', '{oops}', '{"y":2}'])))) console.log('value', v);
  } catch (e) {
    console.log('consumer caught:', e.message);
  }
  const it = parseJSON(splitLines(source(['1', '2'])));
  console.log(await it.next());
  try {
    await it.throw(new Error('abort from consumer'));
  } catch (e) {
    console.log('throw() rejected with', e.message);
  }
  console.log(await it.next());
})();
