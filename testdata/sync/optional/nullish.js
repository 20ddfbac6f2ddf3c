const inputs = [0, '', false, null, undefined, NaN, 'value'];
for (const v of inputs) console.log(String(v), v ?? 'default', v || 'default');
const settings = { volume: 0, title: '' };
console.log(settings.volume ?? 50, settings.volume || 50, settings.title ?? 'untitled', settings.missing ?? 'none');
const deep = { a: { b: null } };
console.log(deep.a?.b ?? 'b was null', deep.x?.y ?? 'x missing');
