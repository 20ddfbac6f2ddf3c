const build = obj => Object.entries(obj).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map(x => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`)).join('&');
const parse = qs => qs.replace(/^\?/, '').split('&').filter(Boolean).reduce((acc, pair) => {
  const [k, v = ''] = pair.split('=').map(s => decodeURIComponent(s.replace(/\+/g, ' ')));
  acc[k] = k in acc ? [].concat(acc[k], v) : v;
  return acc;
}, {});
const q = build({ search: 'café & crème', tags: ['a/b', 'c d'], empty: '', emoji: '🎉', amp: 'x=y&z' });
console.log(q);
console.log(parse('?' + q), parse('a=1&a=2&b&c=hello+world&d=%E2%9C%93'));
const path = ['users', 'ann smith', 'files', '100%.txt'].map(encodeURIComponent).join('/');
console.log(path, path.split('/').map(decodeURIComponent));
console.log(encodeURI('https://ex.com/path with spaces/ünï?q=a b&r=#h'), decodeURI('https://ex.com/%E2%82%AC%20x?y=%26'));
const unsafe = "!'()*";
console.log(encodeURIComponent(unsafe), encodeURIComponent(unsafe).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase()));
try { decodeURIComponent('%E0%A4%A'); } catch (e) { console.log(e.name + ': ' + e.message); }
const safeDecode = s => { try { return decodeURIComponent(s); } catch { return s; } };
console.log(['%41', '%', '100%', '%zz', '%C3%A9'].map(safeDecode));
