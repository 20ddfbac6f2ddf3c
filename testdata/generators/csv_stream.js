// A streaming CSV parser over async chunks: quoted fields with commas,
// doubled quotes and newlines inside quotes, rows turned into objects by the
// header row; a malformed row is an error the consumer catches.
async function* chunked(text, n) {
  for (let i = 0; i < text.length; i += n) {
    await null;
    yield text.slice(i, i + n);
  }
}
async function* rows(chunks) {
  let field = '';
  let row = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  for await (const chunk of chunks) {
    for (const c of chunk) {
      if (quoted) {
        if (c === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c === '\n') line++;
          field += c;
        }
      } else if (c === '"') {
        if (afterQuote) field += '"';
        else if (field !== '') throw new SyntaxError(`stray quote on line ${line}`);
        quoted = true;
        afterQuote = false;
      } else if (c === ',') {
        row.push(field);
        field = '';
        afterQuote = false;
      } else if (c === '\n') {
        row.push(field);
        yield row;
        row = [];
        field = '';
        afterQuote = false;
        line++;
      } else {
        field += c;
        afterQuote = false;
      }
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    yield row;
  }
}
async function* records(chunks) {
  let header = null;
  for await (const r of rows(chunks)) {
    if (!header) header = r;
    else yield Object.fromEntries(header.map((h, i) => [h, r[i]]));
  }
}
const good = 'name,quote,n\nann,"hello, world",1\nbob,"say ""hi""",2\ncy,"two\nlines",3\ndee,,4';
const bad = 'a,b\n1,2\n3,x"y\n5,6\n';
(async () => {
  for (const n of [1, 4, 64]) {
    const out = [];
    for await (const rec of records(chunked(good, n))) out.push(rec);
    console.log(n, JSON.stringify(out));
  }
  try {
    for await (const rec of records(chunked(bad, 3))) console.log('record', rec);
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
})();
