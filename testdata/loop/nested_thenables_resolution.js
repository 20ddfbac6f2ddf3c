const mk = (label, inner) => ({
  then(res) {
    console.log('then of', label);
    res(inner);
  },
});
const deep = mk('outer', mk('middle', mk('inner', Promise.resolve('core'))));
Promise.resolve(deep).then(v => console.log('deep resolved to', v));
Promise.resolve().then(() => mk('from handler', 'v')).then(v => console.log('handler thenable', v));
let i = 0;
(function count() { if (++i <= 8) { console.log('job', i); Promise.resolve().then(count); } })();
