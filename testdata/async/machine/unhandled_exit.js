async function bad() { await null; throw new TypeError('nobody catches this'); }
console.log('start');
bad();
setTimeout(() => console.log('never printed'), 50);
