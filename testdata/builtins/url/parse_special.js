const show = (u) => console.log([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | '));
for (const s of [
  'https://user:pw@EXAMPLE.com:8080/a/../b/./c?x=1 2#frag ment',
  'http://example.com', 'HTTP://Example.COM:80/', 'https://example.com:443/x', 'http://example.com:8080',
  'http://a.com/%7Efoo/ba r/"q"?a=<b>&c=\'d\'#x`y', 'http://a.com/a/b/../../..', 'http://a.com/./.././x/.', 'http://a.com/%2e%2E/x',
  'http:\\\\a.com\\b\\c', 'http:/a.com/p', 'http:a.com', 'ws://h:80/', 'wss://h:443/', 'ftp://f.org:21/pub',
  'http://192.168.0.1/', 'http://0x7f.1/', 'http://2130706433/', 'http://[::1]:3000/x', 'http://[2001:DB8::0:1]/',
  'http://ex.com/caf\u00e9?q=\u00e9#\u00e9', 'http://a.com?', 'http://a.com#', 'http://a.com/?#', '  http://trim.me/  ', 'http://ta\tb\nc.com/',
  'http://u@h.com', 'http://:p@h.com', 'http://h.com/@x', 'https://a.com/😀?😀#😀',
]) show(new URL(s));
