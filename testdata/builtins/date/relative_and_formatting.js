// Hand-written date formatting: relative times, padded fields, month names, ranges, calendars.
process.env.TZ = 'Europe/London';
const now = new Date(2024, 5, 15, 12, 0, 0);
const ago = (then) => {
  const s = Math.round((now - then) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  for (const [name, secs] of units) {
    const n = Math.floor(Math.abs(s) / secs);
    if (n >= 1) return s >= 0 ? `${n} ${name}${n > 1 ? 's' : ''} ago` : `in ${n} ${name}${n > 1 ? 's' : ''}`;
  }
  return 'just now';
};
console.log([new Date(2024, 5, 15, 11, 59, 30), new Date(2024, 5, 15, 9), new Date(2024, 5, 10), new Date(2023, 0, 1), new Date(2024, 5, 15, 12), new Date(2024, 6, 20)].map(ago));
const pad = n => String(n).padStart(2, '0');
const fmt = d => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
console.log(fmt(now), fmt(new Date(2024, 2, 31, 1, 30)), fmt(new Date(2024, 9, 27, 1, 30)));
const months = Array.from({ length: 12 }, (_, m) => new Date(2024, m, 1).toLocaleString('en-US', { month: 'short' }));
console.log(months.join(' '), new Date(2024, 0, 1).toLocaleDateString('en-US', { weekday: 'long' }));
const cal = (y, m) => {
  const first = new Date(y, m, 1).getDay(), days = new Date(y, m + 1, 0).getDate();
  const cells = Array(first).fill('  ').concat(Array.from({ length: days }, (_, i) => String(i + 1).padStart(2)));
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7).join(' '));
  return ['Su Mo Tu We Th Fr Sa', ...rows].join('\n');
};
console.log(cal(2024, 1));
const range = (a, b) => { const out = []; for (let d = new Date(a); d <= b; d.setDate(d.getDate() + 1)) out.push(d.getDate()); return out; };
console.log(range(new Date(2024, 2, 29), new Date(2024, 3, 2)), range(new Date(2024, 9, 26), new Date(2024, 9, 28)));
console.log(now.toDateString(), now.toTimeString(), now.toUTCString(), now.toISOString().replace('T', ' ').slice(0, 16));
const quarter = d => Math.floor(d.getMonth() / 3) + 1;
console.log([0, 3, 6, 11].map(m => quarter(new Date(2024, m, 1))), new Date(2024, 1, 29).getDay(), new Date(2100, 1, 29).getMonth());
