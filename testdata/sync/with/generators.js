// with inside generators and async generators: the object is kept in the
// generator across yields; closures and lookups see its later state.
function* walk(obj) {
  with (obj) {
    while (n > 0) {
      const got = yield n--;
      if (got) label = got;
    }
    return label;
  }
}
const state = { n: 3, label: 'start' };
const g = walk(state);
console.log(g.next(), g.next('x'), g.next(), g.next('y'), state);

async function* ticker(cfg) {
  with (cfg) {
    for (let i = 0; i < times; i++) {
      await null;
      yield `${prefix}${i}`;
    }
  }
}
(async () => {
  const cfg = { times: 3, prefix: 't' };
  for await (const t of ticker(cfg)) {
    console.log(t);
    cfg.prefix = 'u';
  }
})();
