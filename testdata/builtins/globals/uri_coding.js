// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent/escape/unescape: reserved sets, UTF-8, errors.
const s = 'https://ex.com/a b/ü?q=1&r=a+b#frag ~!*()\'';
console.log(encodeURI(s));
console.log(encodeURIComponent(s));
console.log(decodeURI(encodeURI(s)) === s, decodeURIComponent(encodeURIComponent(s)) === s);
console.log(encodeURIComponent('😀 é ß 中'), encodeURI('\u00a0\t\n'), encodeURIComponent(';,/?:@&=+$#'), encodeURI(';,/?:@&=+$#'));
console.log(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%41'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%41'));
console.log(decodeURIComponent('%F0%9F%98%80'), decodeURIComponent('%e4%b8%ad'), decodeURIComponent('a+b'), decodeURIComponent('%25'));
for (const bad of ['%', '%E0%A4%A', '%ZZ', '%C0%80', '%ED%A0%80', '%F4%90%80%80', '%80']) {
  try { decodeURIComponent(bad); } catch (e) { console.log(JSON.stringify(bad), e.name + ': ' + e.message); }
}
for (const lone of ['\ud800', 'a\udc00b', '\ud800\ud800']) {
  try { encodeURIComponent(lone); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(encodeURIComponent('\ud83d\ude00'), encodeURIComponent(123), encodeURIComponent(null), encodeURIComponent(), decodeURI());
console.log(escape('a b+c/ü€😀@*_-.'), unescape('%u20AC%20%FC%zz'), unescape(escape('\ud800x')) === '\ud800x');
const params = { q: 'a&b=c', lang: 'fr-FR', emoji: '👍' };
const qs = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
console.log(qs);
console.log(Object.fromEntries(qs.split('&').map(p => p.split('=').map(decodeURIComponent))));
