const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
function html(strings, ...values) {
  return strings.raw.reduce((out, s, i) => out + s + (i < values.length ? (Array.isArray(values[i]) ? values[i].join('') : values[i]?.safe ? values[i].value : escapeHtml(values[i])) : ''), '');
}
const safe = (value) => ({ safe: true, value });
const users = [{ name: 'Ann <admin>', bio: 'likes "quotes" & ampersands' }, { name: "O'Brien", bio: null }];
const page = html`<ul class="users">
${users.map((u) => html`  <li title="${u.name}">${u.name}: ${u.bio ?? 'n/a'}</li>\n`)}</ul>
${safe('<hr>')}`;
console.log(page);
const tag = (s, ...v) => ({ cooked: s, raw: s.raw, v });
console.log(tag`a\tb${1}\u0041${2}`);
console.log(String.raw`C:\new\table${1 + 1}`, `multi
line`, `${'nested ' + `${1 + 1}`}`);
const sql = (s, ...v) => ({ text: s.reduce((a, p, i) => a + '$' + i + p), values: v });
console.log(sql`SELECT * FROM t WHERE a = ${5} AND b = ${'x'}`);
const cache = [];
const keep = (s) => { cache.push(s); return s; };
for (let i = 0; i < 2; i++) keep`same site`;
console.log(cache[0] === cache[1], Object.isFrozen(cache[0]), keep`other` === cache[0]);
