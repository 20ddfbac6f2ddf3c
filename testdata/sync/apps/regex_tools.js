const log = `2024-01-15 10:23:45 ERROR [db] connection refused (code=ECONNREFUSED)
2024-01-15 10:24:01 INFO  [web] GET /api/users 200 12ms
2024-01-15 10:24:02 WARN  [web] GET /api/orders 404 3ms
2024-01-16 08:00:00 INFO  [cron] nightly job done in 3421ms
2024-01-16 08:00:05 ERROR [web] POST /api/orders 500 88ms`;
const re = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>\w+)\s+\[(?<src>\w+)\] (?<msg>.*)$/gm;
const entries = [...log.matchAll(re)].map((m) => ({ ...m.groups }));
console.log(entries.length, entries[0]);
const byLevel = entries.reduce((a, e) => ((a[e.level] = (a[e.level] || 0) + 1), a), {});
console.log(byLevel);
const reqs = entries.map((e) => e.msg.match(/(GET|POST) (\S+) (\d{3}) (\d+)ms/)).filter(Boolean).map(([, method, path, status, ms]) => ({ method, path, status: +status, ms: +ms }));
console.log(reqs);
console.log(log.replace(/\d{2}:\d{2}:\d{2}/g, 'HH:MM:SS').split('\n')[0]);
console.log('2024-01-15'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'a.b.c'.replaceAll('.', '/'), 'x-y'.replace('-', '$&$&'), 'aaa'.replace(/a/g, (m, off) => off));
console.log('CamelCaseString'.split(/(?=[A-Z])/), 'snake_case_here'.replace(/_(\w)/g, (_, c) => c.toUpperCase()), 'one  two   three'.split(/\s+/));
const email = /^[\w.+-]+@([\w-]+\.)+[a-z]{2,}$/i;
console.log(['a@b.co', 'bad@', 'x.y+z@sub.example.ORG', '@no.com'].map((s) => email.test(s)));
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, /a/.flags, /a/gimsuy.flags, new RegExp('a|b', 'g').source, String(/x\/y/));
console.log('The year 1999 and 2024'.match(/\d{4}/g), 'no digits'.match(/\d/), 'abc'.search(/c/), /(\d+)/.exec('ab12cd'));
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'Straße'.localeCompare('Strasse'), ['é', 'e', 'z', 'a'].sort(), ['é', 'e', 'z', 'a'].sort((a, b) => a.localeCompare(b)));
