const p = new Promise(res => res(1));
async function asyncReturn() { return p; }
function basicReturn() { return Promise.resolve(p); }
console.log(p === basicReturn());
console.log(p === asyncReturn());
asyncReturn().then(v => console.log('async wrapper resolves to', v));
