const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  const order = [];
  for await (const v of [sleep(10, 'slow'), sleep(1, 'fast'), 'plain']) order.push(v);
  console.log(order);
  function* lazy() { console.log('making first'); yield sleep(2, 1); console.log('making second'); yield 2; }
  for await (const v of lazy()) console.log('value', v);
  const thenable = { then(res) { console.log('then called'); res('from thenable'); } };
  for await (const v of [thenable]) console.log(v);
})();
