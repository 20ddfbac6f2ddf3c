// An uncaught error with a cause.
console.log('start');
function load() { throw new TypeError('cannot read config'); }
try {
  load();
} catch (e) {
  throw new Error('startup failed', { cause: e });
}
