// A status the program set wins over 13.
process.exitCode = 3;
console.log('waiting forever');
await new Promise(() => {});
