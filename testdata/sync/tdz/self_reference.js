try {
  let x = x + 1;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  const [a, b = a, c = d, d] = [1];
} catch (e) {
  console.log(e.name, e.message);
}
function defaults(a = b, b = 2) { return [a, b]; }
try {
  defaults();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(defaults(1));
