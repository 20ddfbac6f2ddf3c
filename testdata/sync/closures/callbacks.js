function each(arr, fn) { for (let i = 0; i < arr.length; i++) fn(arr[i], i); }
let total = 0;
each([1, 2, 3, 4], (x, i) => { total += x * i; });
console.log(total);
function emitter() {
  const listeners = {};
  return {
    on(ev, fn) { (listeners[ev] ||= []).push(fn); return this; },
    emit(ev, ...args) { (listeners[ev] || []).forEach(fn => fn(...args)); return this; },
  };
}
const e = emitter();
const seen = [];
e.on('data', x => seen.push('a' + x)).on('data', x => seen.push('b' + x)).on('end', () => seen.push('end'));
e.emit('data', 1).emit('data', 2).emit('end').emit('nothing');
console.log(seen);
