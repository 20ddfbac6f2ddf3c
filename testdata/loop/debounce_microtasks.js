function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
const save = debounce(v => console.log('debounced save of', v), 30);
save('a');
process.nextTick(() => save('b'));
Promise.resolve().then(() => save('c')).then(() => save('d'));
function batch() {
  let pending = [];
  return item => {
    if (pending.length === 0) queueMicrotask(() => { console.log('flush', pending); pending = []; });
    pending.push(item);
  };
}
const add = batch();
add(1); add(2);
process.nextTick(() => add(3));
Promise.resolve().then(() => add(4)).then(() => add(5));
