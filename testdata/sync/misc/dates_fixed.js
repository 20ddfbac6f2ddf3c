const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
console.log(JSON.stringify({ d }), new Date(0).toISOString(), Date.UTC(1970, 0, 2));
const parsed = new Date('2020-05-17T10:00:00Z');
console.log(parsed.valueOf(), parsed.toISOString(), isNaN(new Date('not a date')));
const next = new Date(d.getTime() + 24 * 3600 * 1000);
console.log(next.toISOString(), (next - d) / 3600000);
console.log(String(new Date(NaN)), new Date(8.64e15 + 1).getTime());
