async function catcher(name, p) {
  try {
    await p;
  } catch (e) {
    console.log(name, 'caught', e);
  }
}
catcher('native', Promise.reject('n'));
catcher('thenable', { then(_, rej) { rej('t'); } });
catcher('async fn', (async () => { throw 'a'; })());
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
