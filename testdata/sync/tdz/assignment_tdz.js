try {
  value = 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let value = 1;
const k = 2;
try {
  k = 3;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  k++;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(value, k);
