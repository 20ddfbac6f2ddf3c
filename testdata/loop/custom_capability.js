function Deferred(executor) {
  console.log('Deferred constructed');
  executor(v => console.log('custom resolve got', v), e => console.log('custom reject got', e instanceof Error ? e.constructor.name + ': ' + e.message : e));
}
const r = Promise.resolve.call(Deferred, 'value');
console.log('Promise.resolve.call returns a Deferred:', r instanceof Deferred);
Promise.reject.call(Deferred, 'reason');
Promise.all.call(Deferred, [1, 2]);
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
try {
  Promise.resolve.call(function Lazy() {}, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function Twice(executor) {
  executor(() => {}, () => {});
  executor(() => {}, () => {});
}
try { Promise.resolve.call(Twice, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('sync end');
