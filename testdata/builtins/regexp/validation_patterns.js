// Validation and extraction patterns: emails, URLs, phone numbers, hex colors, semver, log lines.
const emails = ['ann@example.com', 'bob.smith+tag@mail.co.uk', 'bad@', '@bad.com', 'a b@c.d', 'x@y.z'];
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
console.log(emails.map(e => `${e}:${emailRe.test(e)}`).join(' '));
const url = /^(?<scheme>https?):\/\/(?<host>[^/:?#]+)(?::(?<port>\d+))?(?<path>\/[^?#]*)?(?:\?(?<query>[^#]*))?(?:#(?<hash>.*))?$/;
for (const u of ['https://example.com:8080/a/b?x=1&y=2#top', 'http://localhost', 'ftp://nope', 'https://x.io/?q']) {
  const m = u.match(url);
  console.log(u, m ? JSON.stringify(m.groups) : null);
}
const phone = /^\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$/;
console.log(['555-123-4567', '(555) 123 4567', '+1 555.123.4567', '12345'].map(p => (phone.exec(p) || []).slice(1).join('|')));
const hex = /^#?([a-f\d]{2})([a-f\d]{2})([a-f\d]{2})$/i;
console.log(['#FF8800', '00ff00', '#abc', '#GG0000'].map(h => { const m = hex.exec(h); return m ? m.slice(1).map(x => parseInt(x, 16)) : null; }));
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([\w.-]+))?(?:\+([\w.-]+))?$/;
console.log(['1.2.3', '1.0.0-beta.1+build.5', '01.2.3', '1.2'].map(v => semver.exec(v)?.slice(1)));
const log = '2024-03-05 10:20:30 [ERROR] db: connection lost (code=57)\n2024-03-05 10:21:00 [INFO] db: reconnected';
const lineRe = /^(?<date>\S+) (?<time>\S+) \[(?<level>\w+)\] (?<src>\w+): (?<msg>.*)$/gm;
for (const m of log.matchAll(lineRe)) console.log(m.groups.level, m.groups.src, JSON.stringify(m.groups.msg), m.index);
console.log(log.match(/code=(\d+)/)[1], log.replace(/\d{2}:\d{2}:\d{2}/g, 'HH:MM:SS').split('\n')[1]);
const strongPw = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$/;
console.log(['Passw0rd!', 'password', 'SHORT1!a', 'NoSpecial1'].map(p => strongPw.test(p)));
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
console.log(['192.168.0.1', '256.1.1.1', '10.0.0', '0.0.0.0'].map(ip => ipv4.test(ip)));
console.log('The year 1999 and 2024, not 123 or 12345'.match(/\b\d{4}\b/g), 'a,b;c d'.split(/[,; ]/));
