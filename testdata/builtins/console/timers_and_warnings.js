// console.time family: the timing lines vary, so only warnings (stderr) and returns are checked.
console.log(console.time('job'), typeof console.timeEnd);
console.time('job');
console.timeLog('unknown');
console.timeEnd('unknown');
console.countReset('nothing');
console.log('after warnings');
const labels = [];
for (const l of ['a', 'b', 'c']) { console.time(l); labels.push(l); }
console.log(labels);
console.log(typeof console.timeStamp, typeof console.profile, typeof console.clear);
console.log(Object.keys(console).slice(0, 6));
console.log(typeof console.Console, console[Symbol.toStringTag]);
setTimeout(() => console.log('timer after 20ms'), 20);
