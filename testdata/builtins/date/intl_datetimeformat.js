// Intl.DateTimeFormat and toLocale*String options in en-US: every component style, hour cycles, styles, zones, parts and errors.
const d = new Date(Date.UTC(2024, 6, 4, 18, 5, 9, 45));
const d2 = new Date(Date.UTC(2024, 0, 9, 0, 7, 3));
const opts = [
  {}, { weekday: 'long' }, { weekday: 'short' }, { weekday: 'narrow' }, { year: 'numeric' }, { year: '2-digit' }, { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: 'numeric' }, { month: '2-digit' }, { day: 'numeric' }, { day: '2-digit' },
  { month: 'short', day: 'numeric' }, { month: 'long', day: 'numeric' }, { month: 'numeric', day: 'numeric' }, { month: '2-digit', day: '2-digit' },
  { year: 'numeric', month: 'long' }, { year: 'numeric', month: 'short' }, { year: 'numeric', month: 'numeric' }, { year: 'numeric', month: '2-digit' }, { year: '2-digit', month: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, { year: '2-digit', month: 'numeric', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric' }, { weekday: 'long', month: 'long', day: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'long', day: 'numeric' }, { year: 'numeric', day: 'numeric' },
  { hour: 'numeric' }, { hour: '2-digit' }, { minute: 'numeric' }, { minute: '2-digit' }, { second: 'numeric' }, { second: '2-digit' }, { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric' }, { minute: '2-digit', second: '2-digit' }, { hour: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', hour12: false }, { hour: '2-digit', minute: '2-digit', hour12: false },
  { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }, { hour: 'numeric', hourCycle: 'h11' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h24' }, { hour: 'numeric', minute: 'numeric', second: 'numeric', hour12: true },
  { hour: 'numeric', timeZoneName: 'short' }, { timeZoneName: 'short' }, { timeZoneName: 'long' }, { hour: 'numeric', minute: 'numeric', timeZoneName: 'shortOffset' },
  { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }, { month: 'numeric', day: 'numeric', hour: 'numeric' },
  { weekday: 'long', hour: 'numeric' }, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hour12: false },
  { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { timeStyle: 'full' }, { timeStyle: 'long' }, { timeStyle: 'medium' }, { timeStyle: 'short' },
  { dateStyle: 'full', timeStyle: 'short' }, { dateStyle: 'long', timeStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'short', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'long' },
  { timeZone: 'America/New_York' }, { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'long' }, { timeZone: 'America/New_York', timeZoneName: 'short' }, { timeZone: 'Asia/Kolkata', timeZoneName: 'short', hour: 'numeric' },
  { era: 'short' }, { year: 'numeric', era: 'short' }, { fractionalSecondDigits: 3 }, { second: 'numeric', fractionalSecondDigits: 2 }, { hour: 'numeric', dayPeriod: 'short' },
];
for (const o of opts) {
  const row = [JSON.stringify(o)];
  for (const x of [d, d2]) {
    for (const m of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
      try { row.push(x[m]('en-US', { timeZone: 'UTC', ...o })); } catch (e) { row.push(e.name + ': ' + e.message); }
    }
  }
  console.log(row.join(' | '));
}
for (let h = 0; h < 24; h += 1) {
  const x = new Date(Date.UTC(2024, 0, 1, h, h === 12 ? 0 : 30));
  console.log(h, x.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: 'numeric', dayPeriod: 'short' }), '|', x.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', dayPeriod: 'long' }), '|', x.toLocaleTimeString('en-US', { timeZone: 'UTC', dayPeriod: 'narrow' }));
}
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
console.log(f.formatToParts(d), f.format(d), [d, d2].map(f.format), f.resolvedOptions());
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', dateStyle: 'long' }).resolvedOptions());
for (const bad of [{ timeZone: 'Mars/Base' }, { month: 'huge' }, { dateStyle: 'short', hour: 'numeric' }, { fractionalSecondDigits: 4 }]) {
  try { new Intl.DateTimeFormat('en-US', bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Intl.DateTimeFormat.prototype.format; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Intl.DateTimeFormat().format(NaN); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof new Intl.DateTimeFormat().format(), Intl.DateTimeFormat.supportedLocalesOf(['en-US']), Object.prototype.toString.call(Intl.DateTimeFormat()));
try { Intl.DateTimeFormat.prototype.resolvedOptions(); } catch (e) { console.log(e.name + ': ' + e.message); }
