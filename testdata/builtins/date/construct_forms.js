// Every way to construct a Date, in UTC (TZ set by the program) and printed several ways.
process.env.TZ = 'UTC';
const forms = [
  new Date(0), new Date(1e12), new Date(-1), new Date(2024, 0), new Date(2024, 1, 29), new Date(2024, 1, 30),
  new Date(2024, 11, 31, 23, 59, 59, 999), new Date(99, 0), new Date(-1, 0), new Date(2024, 0, 1, 24), new Date(2024, -1),
  new Date('2024-03-05'), new Date('2024-03-05T10:20:30Z'), new Date('2024-03-05T10:20:30.5+02:00'), new Date('2024-03'),
  new Date('2024'), new Date('+002024-03-05T00:00:00Z'), new Date('-000001-01-01T00:00:00Z'), new Date(8.64e15), new Date(8.64e15 + 1),
  new Date(NaN), new Date('garbage'), new Date(true), new Date(null), new Date('0'), new Date([2020, 5, 6]),
  new Date(new Date(5)), new Date({ valueOf() { return 77; } }), new Date(2024, 0, 1.9, 5.5), new Date(Date.UTC(2000, 0)),
];
for (const d of forms) {
  console.log(isNaN(d) ? 'Invalid' : d.toISOString(), d.getTime(), String(d));
}
console.log(typeof Date(), Date().length > 20, typeof Date.now(), Date.now() > 1.7e12, new Date().getFullYear() >= 2024);
console.log(Date.UTC(2024), Date.UTC(2024, 1, 29, 12), Date.UTC(), Date.UTC(99, 11, 31), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(Date.length, Date.name, Date.prototype.constructor === Date, Object.prototype.toString.call(new Date(0)));
try { new Date(0).toISOString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Date(NaN).toJSON(), JSON.stringify({ d: new Date(0) }), new Date(NaN) + '', JSON.stringify([new Date(NaN)]));
const copy = new Date(forms[12]);
copy.setUTCFullYear(2030);
console.log(forms[12].toISOString(), copy.toISOString(), copy > forms[12], copy - forms[12]);
