// A function nested in an async function that only assigns variables of
// the functions around it (it never reads them) must still store.
var total = 0;
let label = 'start';
async function run() {
  let local = 0;
  function add(n) { total = total + n; }
  function rename() { label = 'renamed'; }
  function setLocal() { local = 42; }
  add(5);
  await null;
  rename();
  setLocal();
  await Promise.resolve();
  console.log('inside', total, label, local);
}
run().then(() => console.log('after', total, label));
