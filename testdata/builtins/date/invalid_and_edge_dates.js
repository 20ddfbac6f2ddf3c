// Invalid dates everywhere: arithmetic, comparisons, formatting, setters, and the ±8.64e15 limits.
process.env.TZ = 'UTC';
const bad = new Date('nope');
console.log(bad.getTime(), String(bad), bad.toDateString(), bad.toTimeString(), bad.toUTCString(), bad.toLocaleString(), JSON.stringify(bad));
console.log(bad.getFullYear(), bad.getDay(), bad.getTimezoneOffset(), bad + 1, bad - 1, bad < new Date(), bad == bad, isNaN(bad), Number.isNaN(+bad));
try { bad.toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
const max = new Date(8.64e15), min = new Date(-8.64e15);
console.log(max.toISOString(), min.toISOString(), max.getUTCDay(), min.getUTCFullYear(), String(max));
console.log(new Date(8.64e15 + 1).getTime(), new Date(max.getTime()).setUTCMilliseconds(1), new Date(-8.64e15).setUTCDate(0));
console.log(new Date(2024, 0, 1, 0, 0, 0, 0.9).getMilliseconds(), new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date(-0).getTime());
console.log(new Date(0, 0).getFullYear(), new Date(99, 11, 31).getFullYear(), new Date(100, 0).getFullYear(), new Date(-1, 0).getFullYear(), Date.UTC(-1, 0));
console.log(new Date(2024, 0, 0).getDate(), new Date(2024, 0, -30).toDateString(), new Date(2024, 13, 1).toDateString(), new Date(2024, 0, 1, -1).toString());
console.log(new Date(Infinity).getTime(), new Date('2024-02-30').getTime(), new Date(2024, NaN).getTime(), new Date(undefined).getTime(), new Date('').getTime());
console.log(Date.UTC(2024, 0, 1, 0, 0, 0, Infinity), Date.UTC(NaN), new Date(2024, 0).setFullYear(NaN), new Date(0).setHours());
const dates = [new Date(2020, 0), bad, new Date(2010, 0)];
console.log(dates.sort((a, b) => a - b).map(d => (isNaN(d) ? 'Invalid' : d.getFullYear())));
console.log(Math.max(new Date(1), new Date(2)), Math.min(bad, new Date(0)), [new Date(5)].indexOf(new Date(5)));
