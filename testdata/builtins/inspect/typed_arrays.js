// Typed arrays, ArrayBuffer and DataView.
console.log(new Uint8Array([1, 2, 255]), new Int8Array([-1, 127]), new Uint8ClampedArray([300, -5]));
console.log(new Int16Array(3), new Uint16Array([65535]), new Int32Array([-2147483648]));
console.log(new Uint32Array([4294967295]), new Float32Array([0.1, 1.5]), new Float64Array([0.1, -0]));
console.log(new BigInt64Array([1n, -1n]), new BigUint64Array([2n ** 64n - 1n]));
console.log(new Uint8Array(0), new Float64Array(0), [new Uint8Array(2)]);
console.log(new ArrayBuffer(0), new ArrayBuffer(4));
const buf = new ArrayBuffer(8);
const view = new DataView(buf, 2, 4);
view.setUint16(0, 0xabcd);
console.log(buf);
console.log(view);
console.log(new Uint8Array(buf, 1, 4));
console.log(new Uint8Array(Array.from({ length: 30 }, (_, i) => i * 8)));
console.log(new Float64Array(Array.from({ length: 10 }, (_, i) => i / 3)));
console.log({ bytes: new Uint8Array([1, 2, 3]), buffer: new Uint8Array([9]).buffer });
const withProp = new Uint8Array(2);
withProp.name = 'named';
console.log(withProp);
console.log(new ArrayBuffer(60));
console.log(new Uint16Array(new ArrayBuffer(4)));
class Bytes extends Uint8Array {}
console.log(new Bytes(3));
console.log(Object.prototype.toString.call(new Uint8Array(1)), new Uint8Array(4).length);
console.log(new Int32Array([1, -2, 300, -4000, 50000, -600000, 7000000]));
