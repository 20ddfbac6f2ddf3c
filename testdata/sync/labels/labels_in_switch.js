const cmds = ['go', 'skip', 'go', 'stop', 'go'];
let ran = 0;
run: for (const cmd of cmds) {
  switch (cmd) {
    case 'skip':
      continue run;
    case 'stop':
      break run;
    default:
      ran++;
      break;
  }
  console.log('after switch', cmd);
}
console.log('ran', ran);
