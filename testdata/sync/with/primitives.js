// The with value is converted to an object: strings, numbers and booleans
// get their wrappers; undefined and null throw a TypeError.
with ('hello') {
  console.log(length, toUpperCase(), charAt(1), at(-1));
}
with (255) {
  console.log(toString(16), toFixed(1));
}
with (true) {
  console.log(valueOf(), toString());
}
with (Symbol('s')) {
  console.log(description, toString());
}
for (const v of [undefined, null]) {
  try {
    with (v) { console.log('not reached'); }
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
with (Object.create(null)) {
  console.log(typeof toString);
}
with ([]) {
  push(1, 2);
  console.log(length, typeof keys);
}
