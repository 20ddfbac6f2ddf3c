// Local and UTC getters/setters across a daylight-saving change, overflow and NaN propagation.
process.env.TZ = 'Europe/Berlin';
const d = new Date(2024, 2, 31, 1, 30);
const show = x => `${x.toString()} | ${x.toISOString()} | off=${x.getTimezoneOffset()}`;
console.log(show(d));
d.setHours(d.getHours() + 1);
console.log(show(d));
d.setHours(2, 30);
console.log(show(d));
const g = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds'];
const u = g.map(n => n.replace('get', 'getUTC'));
console.log(g.map(n => d[n]()), u.map(n => d[n]()), d.getYear());
const e = new Date(2024, 0, 31);
e.setMonth(1);
console.log(show(e));
e.setDate(0);
console.log(show(e));
e.setDate(-1);
console.log(show(e));
e.setFullYear(2023, 11, 32);
console.log(show(e));
e.setMinutes(90, 90, 1500);
console.log(show(e));
console.log(e.setSeconds(), e.getTime(), e.setTime(0), show(e), e.setMilliseconds(5));
const f = new Date(NaN);
console.log(f.setFullYear(2020), show(f));
const h = new Date(NaN);
console.log(h.setMonth(1), h.setHours(1), h.setUTCDate(3), h.getDate());
const k = new Date(Date.UTC(2024, 9, 27, 0, 30));
console.log(show(k));
k.setUTCHours(1);
console.log(show(k));
k.setUTCHours(2);
console.log(show(k));
console.log(new Date(2024, 9, 27, 2, 30).toISOString(), new Date(2024, 2, 31, 2, 30).toISOString());
console.log(new Date(2024, 6, 1).getTimezoneOffset(), new Date(2024, 0, 1).getTimezoneOffset());
const y = new Date(2000, 0, 1);
y.setYear(99);
console.log(y.getFullYear(), y.setYear(2005), y.getYear(), new Date(1899, 0).getYear());
for (const m of ['setHours', 'setUTCMonth', 'setDate']) {
  try { Date.prototype[m].call({}, 1); } catch (err) { console.log(m, err.name + ': ' + err.message); }
}
