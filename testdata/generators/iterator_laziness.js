let log = [];
function* source() { for (let i = 0; i < 3; i++) { log.push('produce ' + i); yield i; } }
function* mapped(it) { for (const x of it) { log.push('map ' + x); yield x * 10; } }
const it = mapped(source());
log.push('created');
console.log(it.next().value); log.push('between'); console.log(it.next().value);
console.log(log);
