// Date.prototype odds: Symbol.toPrimitive hints, valueOf, toJSON on non-dates, inheritance, equality.
process.env.TZ = 'Asia/Kolkata';
const d = new Date(2020, 1, 29, 13, 45, 30, 250);
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('string'), d[Symbol.toPrimitive]('default'));
try { d[Symbol.toPrimitive]('other'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Date.prototype[Symbol.toPrimitive].call(1, 'number'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(d.valueOf(), d.getTime() === +d, typeof (d + 0), typeof (d - 0), d.getTimezoneOffset());
console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom'; } }), Date.prototype.toJSON.call({ valueOf() { return NaN; }, toISOString() { return 'x'; } }));
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
class MyDate extends Date {
  format() { return `${this.getFullYear()}/${this.getMonth() + 1}/${this.getDate()}`; }
}
const m = new MyDate(2021, 4, 6);
console.log(m.format(), m instanceof Date, m instanceof MyDate, m.toISOString(), Object.prototype.toString.call(m));
console.log(Object.getOwnPropertyNames(Date.prototype).length > 40, typeof Date.prototype.getYear, Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(Object.keys(d), JSON.stringify(d), JSON.stringify({ when: d, list: [d] }));
const cache = new Map([[d.getTime(), 'hit']]);
console.log(cache.get(new Date(d).getTime()), new Date(d) === d, new Date(d).getTime() === d.getTime());
console.log(new Date(2020, 1, 29).toDateString(), new Date(2020, 1, 29).toTimeString(), new Date(2020, 1, 29).toUTCString());
console.log(String(new Date(-62198755200000)), new Date(-62198755200000).toISOString(), new Date(-8.64e15).toString(), new Date(8.64e15).toUTCString());
console.log(new Date(253402300800000).toISOString(), new Date(-1e14).toISOString(), new Date(-1e14).toUTCString());
console.log(Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.UTC.length, Date.prototype.toLocaleString.length);
