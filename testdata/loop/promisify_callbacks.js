function legacy(value, cb) {
  setTimeout(() => (value < 0 ? cb(new Error('negative: ' + value)) : cb(null, value * 2)), 2);
}
const promisified = (v) => new Promise((res, rej) => legacy(v, (err, out) => (err ? rej(err) : res(out))));
promisified(21).then(v => console.log('doubled', v));
promisified(-1).catch(e => console.log('error', e.message));
const { promisify } = require('util');
promisify(legacy)(5).then(v => console.log('util.promisify', v));
