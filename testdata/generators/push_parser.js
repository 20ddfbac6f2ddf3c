// A push parser written as a generator coroutine: values are sent in with
// next(char), the generator yields parsed tokens back when one is complete;
// end of input is signalled with a sentinel and return() resets nothing.
function* numberParser() {
  const out = [];
  let digits = '';
  for (;;) {
    const c = yield out.splice(0);
    if (c === null) {
      if (digits) out.push(Number(digits));
      return out;
    }
    if (c >= '0' && c <= '9') digits += c;
    else if (digits) {
      out.push(Number(digits));
      digits = '';
    }
  }
}
function feed(text) {
  const p = numberParser();
  p.next();
  const seen = [];
  for (const c of text) {
    const r = p.next(c);
    if (r.value.length) seen.push(...r.value.map((n) => `${n}@${c}`));
  }
  const end = p.next(null);
  return { seen, rest: end.value, done: end.done };
}
console.log(feed('12 apples, 7 pears and 300g of 4'));
console.log(feed('no numbers'));
function* averager() {
  let sum = 0;
  let n = 0;
  let avg;
  for (;;) {
    try {
      const v = yield avg;
      sum += v;
      n++;
      avg = sum / n;
    } catch (reset) {
      console.log('reset:', reset);
      sum = n = 0;
      avg = undefined;
    }
  }
}
const avg = averager();
avg.next();
console.log(avg.next(10).value, avg.next(20).value, avg.next(60).value);
console.log(avg.throw('please').value);
console.log(avg.next(5).value);
console.log(avg.return('closed'), avg.next(1));
