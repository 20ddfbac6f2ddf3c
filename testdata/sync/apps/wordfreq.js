const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope.`;
const words = text.toLowerCase().match(/[a-z']+/g);
const freq = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
const top = Object.entries(freq).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 8);
console.log(top);
console.table ? console.log('has table') : null;
const byLen = words.reduce((m, w) => { (m[w.length] ??= new Set()).add(w); return m; }, {});
for (const [len, set] of Object.entries(byLen)) console.log(len.padStart(2), [...set].sort().join(','));
const sentence = text.split(/,\s*/).map(s => s.trim()).filter(Boolean);
console.log(sentence.length, sentence.at(-1));
const title = (s) => s.replace(/\b\w/g, c => c.toUpperCase());
console.log(title('the quick brown fox'));
console.log('abc'.split('').reverse().join(''), [...'héllo wörld'].map(c => c.codePointAt(0).toString(16)).join(' '));
const counts = new Map();
for (const ch of text.replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
console.log([...counts].filter(([, n]) => n > 10).sort((a, b) => b[1] - a[1]));
console.log(text.length, text.indexOf('Light'), text.lastIndexOf('it'), text.includes('hope'), text.search(/season/));
console.log(words.slice(0, 5).map((w, i) => `${i}:${w}`).join(' | '));
