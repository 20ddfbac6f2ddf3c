// The line of an error made or thrown in the part of a statement that runs
// after an await or a yield inside it (the state machine resumes in the
// middle of the statement). Lines only: see sync/errors/stack_lines.js.
function frame(e) {
  return e.stack.split("\n")[1].replace(/\(.*[\\/]/, "(").replace(/:(\d+):\d+\)/, ":$1)").trim();
}

async function afterAwait() {
  const a = String(await 2) + frame(new Error("made"));
  const b = [await 3, frame(new Error("in array"))];
  return [a, b[1]];
}

async function throwsAfterAwait(o) {
  return (await o).missing.deeper;
}

function* afterYield() {
  const got = (yield 1) + frame(new Error("after yield"));
  yield got;
}

async function main() {
  console.log(await afterAwait());
  try {
    await throwsAfterAwait({});
  } catch (e) {
    console.log(e.message, "|", frame(e));
  }
  const g = afterYield();
  g.next();
  console.log(g.next("resumed ").value);
}
main();
