// How everyday code inspects caught errors.
function risky(kind) {
  switch (kind) {
    case 'type': return null.x;
    case 'range': return new Array(-5);
    case 'custom': throw Object.assign(new Error('custom failure'), { code: 'E_CUSTOM', retry: true });
    case 'string': throw 'a plain string';
    case 'number': throw 404;
    case 'object': throw { message: 'object thrown', code: 7 };
    case 'null': throw null;
    default: return 'ok';
  }
}
for (const kind of ['type', 'range', 'custom', 'string', 'number', 'object', 'null', 'none']) {
  try {
    console.log(kind, '->', risky(kind));
  } catch (err) {
    const isError = err instanceof Error;
    const name = isError ? err.name : typeof err;
    const msg = err && err.message !== undefined ? err.message : String(err);
    console.log(kind, '->', name, '|', msg, '|', err?.code ?? '-', '|', isError && err.constructor === TypeError);
  }
}
const errors = [];
for (const kind of ['type', 'custom']) {
  try { risky(kind); } catch (e) { errors.push(e); }
}
console.log(errors.map(e => `${e}`));
console.log(errors.map(e => e.toString()).join('; '));
try {
  try { risky('custom'); } finally { console.log('finally runs'); }
} catch (e) { console.log('outer caught', e.code); }
const wrapped = (() => { try { risky('type'); } catch (e) { return new Error(`wrapped: ${e.message}`, { cause: e }); } })();
console.log(wrapped.message, '/', wrapped.cause.constructor.name);
console.log(Object.prototype.toString.call(wrapped), typeof wrapped, wrapped instanceof Object);
const p = Promise.reject(new RangeError('rejected'));
p.catch(e => console.log('caught async', e.name, e.message));
(async () => {
  try { await Promise.reject(new URIError('awaited')); } catch (e) { console.log('await catch', `${e}`); }
})();
