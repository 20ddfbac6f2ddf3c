setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate (next turn)'));
  process.nextTick(() => console.log('tick between immediates'));
  Promise.resolve().then(() => console.log('promise between immediates'));
});
setImmediate((x) => console.log('immediate 2 with', x), 'arg');
const cancelled = setImmediate(() => console.log('never'));
clearImmediate(cancelled);
process.nextTick(() => console.log('tick first'));
