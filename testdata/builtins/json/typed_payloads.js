// Serialising class instances, typed arrays, Maps and Sets with toJSON and replacers.
class Temperature {
  constructor(c) { this.celsius = c; }
  get fahrenheit() { return this.celsius * 9 / 5 + 32; }
  toJSON() { return { c: this.celsius, f: this.fahrenheit }; }
}
class Reading { constructor(at, temp) { this.at = at; this.temp = temp; this.unit = undefined; } }
const readings = [new Reading(new Date(Date.UTC(2023, 0, 1)), new Temperature(21.5)), new Reading(new Date(Date.UTC(2023, 0, 2)), new Temperature(-3))];
console.log(JSON.stringify(readings));
const replacer = (k, v) => {
  if (v instanceof Map) return { __map: [...v] };
  if (v instanceof Set) return { __set: [...v] };
  if (ArrayBuffer.isView(v)) return { __typed: v.constructor.name, data: Array.from(v) };
  return v;
};
const payload = { m: new Map([['a', 1], ['b', { deep: new Set([1, 2]) }]]), t: new Float64Array([0.5, -0]), u: new Uint8Array(3) };
const text = JSON.stringify(payload, replacer);
console.log(text);
const reviver = (k, v) => {
  if (v && v.__map) return new Map(v.__map);
  if (v && v.__set) return new Set(v.__set);
  if (v && v.__typed) return globalThis[v.__typed].from(v.data);
  return v;
};
const back = JSON.parse(text, reviver);
console.log(back.m.get('b').deep.has(2), back.t instanceof Float64Array, back.t[1], back.u.length, back);
console.log(JSON.stringify(new Temperature(0)), JSON.stringify({ nested: [new Temperature(100)] }, null, 1));
console.log(JSON.stringify(Object.assign(new Reading(1, 2), { toJSON: undefined })));
