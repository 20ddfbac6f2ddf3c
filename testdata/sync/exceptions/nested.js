function level3() { throw new TypeError('deep problem'); }
function level2() {
  try { level3(); } finally { console.log('level2 cleanup'); }
}
function level1() {
  try {
    level2();
  } catch (e) {
    console.log('level1 caught', e.name, e.message);
    throw new Error('wrapped', { cause: e });
  }
}
try {
  level1();
} catch (e) {
  console.log('top caught', e.message, 'cause:', e.cause.message, e.cause instanceof TypeError);
}
try {
  try {
    throw new Error('inner');
  } catch (e) {
    throw new Error('from catch: ' + e.message);
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log(e.message);
}
