const t = (fn) => { try { console.log(JSON.stringify(fn())); } catch (e) { console.log(e.name, e.code, e.message, e instanceof Error); } };
for (const s of ['', 'YQ', 'YQ==', 'YWI=', 'YWJj', ' Y Q = = ', 'YQ\n==', 'a', 'YQ=', 'YQ===', 'Y=Q=', '!', 'YW\tJj', '/+/+', '-_', '4pyT']) t(() => atob(s));
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe', '€', 1234, null]) t(() => btoa(s));
t(() => atob()); t(() => btoa()); t(() => atob(undefined));
console.log(btoa(atob('SGVsbG8=')), atob(btoa('\x00\x01\x80')).length, typeof atob, atob.name, btoa.length);
