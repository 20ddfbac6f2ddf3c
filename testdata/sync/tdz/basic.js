try {
  console.log(before);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let before = 1;
console.log(before);
function readLater() { return late; }
try {
  readLater();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const late = 'ready';
console.log(readLater());
