async function returnsValue() { return 'value'; }
async function returnsResolved() { return Promise.resolve('resolved'); }
async function returnsAwaited() { return await Promise.resolve('awaited'); }
const order = [];
returnsResolved().then(v => order.push(v));
returnsAwaited().then(v => order.push(v));
returnsValue().then(v => order.push(v));
Promise.resolve().then(() => order.push('t1')).then(() => order.push('t2')).then(() => order.push('t3')).then(() => order.push('t4'));
setTimeout(() => console.log(order), 0);
