const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.getUTCDay(), d.valueOf() === +d, JSON.stringify({ d }));
const addDays = (date, n) => new Date(date.getTime() + n * 864e5);
console.log(addDays(d, 1).toISOString(), addDays(d, -60).toISOString().slice(0, 10), addDays(d, 366).getUTCFullYear());
const fmt = (dt) => `${dt.getUTCFullYear()}-${String(dt.getUTCMonth() + 1).padStart(2, '0')}-${String(dt.getUTCDate()).padStart(2, '0')}`;
const diffDays = (a, b) => Math.round((b - a) / 864e5);
console.log(fmt(d), diffDays(new Date('2024-01-01'), new Date('2024-12-25')), new Date('2024-03-10T12:00:00Z').getUTCHours());
console.log(new Date(NaN).getTime(), String(new Date(NaN)), isNaN(new Date('garbage')), Date.UTC(1970, 0, 1), new Date(0).toISOString());
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
console.log([1900, 2000, 2023, 2024].map(isLeap), new Date(Date.UTC(2023, 1, 29)).toISOString().slice(0, 10));
const daysInMonth = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
console.log(Array.from({ length: 12 }, (_, m) => daysInMonth(2024, m)).join(','));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
const sorted = ['2024-03-01', '2023-12-31', '2024-01-15'].map((s) => new Date(s)).sort((a, b) => a - b).map((x) => x.toISOString().slice(0, 10));
console.log(sorted, Date.parse('2024-01-01T00:00:00.000Z'), typeof Date.now());
