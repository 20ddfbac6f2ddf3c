console.log('start');
process.on('exit', code => console.log('exit handler sees code', code));
function finish() {
  console.log('finishing');
  process.exit(3);
}
finish();
console.log('not reached');
