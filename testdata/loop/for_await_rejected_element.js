const later = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  try {
    for await (const v of [later(20, 'first'), Promise.reject(new Error('second was rejected early'))]) {
      console.log('got', v);
    }
  } catch (e) {
    console.log('never: the rejection was reported as unhandled before the loop reached it', e.message);
  }
})();
process.on('exit', code => console.log('exit', code));
console.log('sync end');
