// BigInt bit flags, BigInt64Array/BigUint64Array, DataView 64-bit access and typeof/Object wrappers.
const FLAGS = { READ: 1n << 0n, WRITE: 1n << 1n, EXEC: 1n << 2n, ADMIN: 1n << 63n };
let perms = FLAGS.READ | FLAGS.ADMIN;
const has = f => (perms & f) !== 0n;
console.log(perms, perms.toString(2).length, has(FLAGS.READ), has(FLAGS.WRITE), has(FLAGS.ADMIN));
perms |= FLAGS.WRITE;
perms &= ~FLAGS.READ;
console.log(perms.toString(16), Object.keys(FLAGS).filter(k => has(FLAGS[k])));
const i64 = new BigInt64Array([1n, -1n, 2n ** 63n - 1n]);
const u64 = new BigUint64Array([1n, 2n ** 64n - 1n]);
console.log(i64, u64, i64[1], u64[1], i64.length, BigInt64Array.BYTES_PER_ELEMENT);
i64[0] = 2n ** 63n;
u64[0] = -1n;
console.log(i64[0], u64[0]);
try { i64[0] = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
const dv = new DataView(new ArrayBuffer(8));
dv.setBigUint64(0, 0x0102030405060708n);
console.log(dv.getBigUint64(0), dv.getBigInt64(0, true), dv.getUint8(0), dv.getUint8(7));
console.log(typeof Object(1n), Object(1n) instanceof BigInt, 1n instanceof BigInt, Object.prototype.toString.call(Object(1n)));
console.log([1n, 2n, 3n].map(x => x * x), Array.from(new BigUint64Array(2)), [...i64].map(String));
console.log(i64.reduce((a, b) => a + b, 0n), u64.includes(2n ** 64n - 1n), i64.indexOf(-1n), i64.join('|'));
