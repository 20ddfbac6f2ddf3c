// yield* in an async generator over a sync iterable: the order in which
// @@asyncIterator, @@iterator, next and the result getters are read.
var log = [];
var obj = {
  get [Symbol.iterator]() {
    log.push("get iter");
    return function() {
      log.push("call iter");
      var n = 0;
      return { get next() { log.push("get next"); return function() { log.push("call next " + arguments.length); n++; return { get value() { log.push('get value ' + n); return n; }, get done() { log.push('get done ' + n); return n > 1; } }; }; } };
    };
  },
  get [Symbol.asyncIterator]() { log.push("get asyncIter"); return null; }
};
async function* gen() { log.push("before"); var v = yield* obj; log.push("after " + v); return "ret"; }
var it = gen();
it.next("a").then(v => { log.push('r1 ' + JSON.stringify(v)); return it.next("b"); }).then(v => { log.push('r2 ' + JSON.stringify(v)); console.log(log.join('\n')); });
