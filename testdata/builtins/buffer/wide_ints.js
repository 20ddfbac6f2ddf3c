const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
const b = Buffer.alloc(16);
for (const n of [1, 2, 3, 4, 5, 6]) {
  b.fill(0);
  console.log(n, b.writeUIntLE(2 ** (8 * n) - 2, 0, n), b.readUIntLE(0, n), b.readUIntBE(0, n), b.readIntLE(0, n), b.writeIntBE(-(2 ** (8 * n - 1)), 8, n), b.readIntBE(8, n), b.toString('hex'));
}
t(() => b.readUIntLE(0)); t(() => b.readUIntLE(0, 7)); t(() => b.readUIntLE(0, 1.5)); t(() => b.readIntBE(12, 6)); t(() => b.writeUIntLE(2 ** 48, 0, 6)); t(() => b.writeIntLE(2 ** 47, 0, 6)); t(() => b.writeUIntBE(256, 0, 1)); t(() => b.writeUIntLE(2 ** 32, 0, 4));
b.writeBigUInt64LE(2n ** 64n - 1n, 0); b.writeBigInt64BE(-2n, 8);
console.log(b, b.readBigUInt64LE(0), b.readBigInt64LE(0), b.readBigInt64BE(8), b.readBigUInt64BE(8), b.readBigUint64LE(0));
t(() => b.writeBigUInt64LE(2n ** 64n)); t(() => b.writeBigInt64LE(-(2n ** 63n) - 1n)); t(() => b.writeBigInt64LE(1)); t(() => b.readBigInt64LE(9)); t(() => b.writeBigUInt64BE(5n, 8));
t(() => Buffer.alloc(8).writeDoubleLE(1, 2 ** 33)); t(() => Buffer.alloc(2).readUInt8(-1));
