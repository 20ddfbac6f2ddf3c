// toLocale*String in en-US with common options, in two zones.
for (const tz of ['UTC', 'Asia/Tokyo']) {
  process.env.TZ = tz;
  const d = new Date(Date.UTC(2024, 6, 4, 18, 5, 9, 45));
  console.log(tz, d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
  console.log(d.toLocaleString('en-US'), '|', d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
  console.log(d.toLocaleDateString('en-US', { month: 'short', day: 'numeric' }), '|', d.toLocaleDateString('en-US', { year: '2-digit', month: '2-digit', day: '2-digit' }));
  console.log(d.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }), '|', d.toLocaleTimeString('en-US', { hour12: false }));
  console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleString('en-US', { timeZone: 'America/Los_Angeles' }));
  console.log(d.toLocaleDateString(undefined, { month: 'long' }), d.toLocaleDateString('en-US', { weekday: 'short' }), d.toLocaleString('en-US', { dateStyle: 'medium' }));
  console.log(d.toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short' }), '|', d.toLocaleString('en-US', { timeStyle: 'medium' }));
}
process.env.TZ = 'UTC';
const midnight = new Date(Date.UTC(2024, 0, 1, 0, 0));
const noon = new Date(Date.UTC(2024, 0, 1, 12, 0));
console.log(midnight.toLocaleTimeString(), noon.toLocaleTimeString(), midnight.toLocaleString('en-US', { hour: 'numeric' }), noon.toLocaleString('en-US', { hour: 'numeric', hour12: false }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString());
console.log(new Date(Date.UTC(-50, 0, 1)).toLocaleDateString(), new Date(Date.UTC(12345, 0, 1)).toLocaleDateString());
const fmt = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: '2-digit' });
console.log(fmt.format(midnight), [midnight, noon].map(fmt.format));
console.log(new Intl.DateTimeFormat('en-US').format(noon), typeof Intl.DateTimeFormat().resolvedOptions().timeZone);
