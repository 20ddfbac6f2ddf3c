// An Error thrown by a module's code is reported where it was made.
function fail() {
  throw new SyntaxError('made in fail');
}
console.log('before');
await new Promise((resolve) => setTimeout(resolve, 20));
fail();
