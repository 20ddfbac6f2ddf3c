// An uncaught ReferenceError from a name no with object has.
const config = { port: 8080 };
with (config) {
  console.log(port);
  console.log(host);
}
