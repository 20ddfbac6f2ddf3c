const im = setImmediate(() => console.log('immediate unref then ref runs'));
im.unref();
im.ref();
const im2 = setImmediate(() => console.log('immediate runs: another ref immediate keeps this iteration alive'));
im2.unref();
process.on('exit', () => console.log('exit'));
