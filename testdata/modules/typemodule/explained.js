// In a "type": "module" package node also says why a .js file is a module
// when one of CommonJS's variables is missing.
process.on('uncaughtException', (e, origin) => {
  const [first, second] = e.message.split('\n');
  console.log(origin, first);
  console.log(second.startsWith("This file is being treated as an ES module because it has a '.js' file extension"));
  console.log(second.endsWith('contains "type": "module". To treat it as a CommonJS script, rename it to use the \'.cjs\' file extension.'));
});
console.log('before');
__filename;
