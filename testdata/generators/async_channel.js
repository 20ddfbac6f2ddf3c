// A channel with an async-iterator interface: push() before and after the
// consumer pulls, close() ending the stream, and return() from a consumer
// that breaks, which drops the pending pulls.
function channel() {
  const buffer = [];
  const waiting = [];
  let closed = false;
  return {
    push(v) {
      if (closed) throw new Error('push after close');
      if (waiting.length) waiting.shift()({ value: v, done: false });
      else buffer.push(v);
    },
    close() {
      closed = true;
      while (waiting.length) waiting.shift()({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return {
        next() {
          if (buffer.length) return Promise.resolve({ value: buffer.shift(), done: false });
          if (closed) return Promise.resolve({ value: undefined, done: true });
          return new Promise((r) => waiting.push(r));
        },
        return(v) {
          console.log('consumer left; buffered:', buffer.length);
          closed = true;
          buffer.length = 0;
          return Promise.resolve({ value: v, done: true });
        },
      };
    },
  };
}
async function consume(name, ch, limit) {
  const got = [];
  for await (const v of ch) {
    got.push(v);
    if (got.length === limit) break;
  }
  console.log(name, got);
}
(async () => {
  const ch = channel();
  ch.push(1);
  ch.push(2);
  const done = consume('all', ch, Infinity);
  await null;
  ch.push(3);
  setTimeout(() => {
    ch.push(4);
    ch.close();
  }, 20);
  await done;
  const ch2 = channel();
  for (let i = 0; i < 6; i++) ch2.push(i * i);
  await consume('first3', ch2, 3);
  try {
    ch2.push(99);
  } catch (e) {
    console.log(e.message);
  }
  const ch3 = channel();
  const it = ch3[Symbol.asyncIterator]();
  const pulls = [it.next(), it.next(), it.next()];
  ch3.push('a');
  ch3.push('b');
  ch3.close();
  console.log(await Promise.all(pulls));
})();
