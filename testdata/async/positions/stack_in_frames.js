// Errors made inside async functions and generators report their own line
// and column, not the caller's.
const frame = (stack) => stack.split('\n')[1].trim().replace(/\(.*\//, '(');
async function load(id) {
  await null;
  const e = new Error('load ' + id);
  return frame(e.stack);
}
function* ids() {
  yield frame(new Error('gen').stack);
}
async function main() {
  console.log(await load(1));
  console.log(ids().next().value);
}
main();
