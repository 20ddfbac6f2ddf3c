function inner() { return new Error('stack check'); }
const err = inner();
const lines = err.stack.split('\n');
console.log(lines[0]);
console.log(lines[1].trim().startsWith('at inner'), lines.length > 2);
console.log(typeof Error.captureStackTrace);
