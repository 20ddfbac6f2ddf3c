function attempt(n) {
  const log = [];
  try {
    log.push('try');
    if (n === 1) throw new Error('one');
    if (n === 2) return log.concat('returned from try');
    log.push('try end');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  return log;
}
console.log(attempt(0), attempt(1), attempt(2));
function finallyOverrides() {
  try { return 'try'; } finally { return 'finally'; }
}
function finallySwallows() {
  try { throw new Error('lost'); } finally { return 'swallowed'; }
}
console.log(finallyOverrides(), finallySwallows());
function finallyRuns() {
  let x = 1;
  try { return x; } finally { x = 2; console.log('finally saw', x); }
}
console.log(finallyRuns());
