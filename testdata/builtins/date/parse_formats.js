// Date.parse over the formats V8 accepts (ISO, RFC 2822, toString output, US forms) in a fixed zone.
process.env.TZ = 'America/New_York';
const inputs = [
  '2024-03-05', '2024-03-05T10:20', '2024-03-05T10:20:30', '2024-03-05T10:20:30.123', '2024-03-05T10:20:30.123Z',
  '2024-03-05T10:20:30+05:30', '2024-03-05 10:20:30', '2024-03-05T24:00:00Z', '2024-02-30', '2024-13-01', '2024-03-05T25:00',
  'Tue Mar 05 2024 10:20:30 GMT-0500 (Eastern Standard Time)', 'Tue, 05 Mar 2024 15:20:30 GMT', '05 Mar 2024 10:20 UTC',
  'March 5, 2024', 'Mar 5 2024 10:20:30', '3/5/2024', '3/5/2024 10:20 PM', '2024/03/05', '5 March 2024', 'Tuesday, March 5, 2024',
  'Mar 5, 2024 12:00 AM', 'Mar 5, 2024 12:00 PM', '2024-03-05T10:20:30.123456Z', '20240305', '', 'not a date', '2024-3-5',
  'Thu, 01 Jan 1970 00:00:00 GMT+0100', '1970-01-01T00:00:00.000+0000', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z',
  '2024-03-10T02:30:00', '2024-11-03T01:30:00', 'Sat Nov 02 2024', 'Dec 25, 1995 13:30 EST', 'Dec 25, 1995 13:30 PDT', '12:00',
];
for (const s of inputs) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(62), t, isNaN(t) ? '' : new Date(t).toISOString());
}
const d = new Date(2024, 2, 5, 10, 20, 30, 123);
for (const f of ['toString', 'toUTCString', 'toISOString', 'toDateString', 'toTimeString', 'toLocaleString', 'toGMTString']) {
  const s = d[f]();
  console.log(f, JSON.stringify(s), Date.parse(s) === d.getTime() - (/ISO/.test(f) ? 0 : 123));
}
console.log(Date.parse(d), Date.parse({ toString: () => '2024-01-01T00:00:00Z' }), Date.parse());
