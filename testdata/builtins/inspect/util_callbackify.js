// util.callbackify turns promise APIs into callback APIs (callbacks run on a later tick).
const util = require('util');
async function fetchUser(id) {
  if (id < 0) throw new RangeError('bad id ' + id);
  return { id, name: 'user' + id };
}
const fetchUserCb = util.callbackify(fetchUser);
console.log(fetchUserCb.name, fetchUserCb.length);
fetchUserCb(7, (err, user) => console.log('ok:', err, user));
fetchUserCb(-1, (err, user) => console.log('error:', err.name, err.message, user));
const rejectsFalsy = util.callbackify(() => Promise.reject(null));
rejectsFalsy((err) => console.log('falsy:', err.code, err.message, err.reason));
const anon = util.callbackify(async () => 'anonymous');
console.log(JSON.stringify(anon.name), anon.length);
anon(function (err, v) { console.log('anon:', err, v); });
try { fetchUserCb(1); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify('nope'); } catch (e) { console.log(e.code, e.message); }
Promise.resolve().then(() => console.log('a microtask runs before the callbacks'));
process.nextTick(() => console.log('a tick queued first runs first'));
console.log('sync end');
