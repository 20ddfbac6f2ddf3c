console.log('before the error');
function explode() {
  throw new TypeError('something exploded');
}
explode();
console.log('never printed');
