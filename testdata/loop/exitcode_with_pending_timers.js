process.exitCode = 3;
console.log('exitCode set to', process.exitCode);
setImmediate(() => {
  console.log('immediate runs');
  setTimeout(() => {
    console.log('timer still runs after exitCode was set');
    Promise.resolve().then(() => {
      process.exitCode = 7;
      console.log('exitCode changed in a microtask');
    });
  }, 20);
});
process.on('exit', code => console.log('exit event with code', code));
