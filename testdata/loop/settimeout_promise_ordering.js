const results = [];
const wait = (ms, label) => new Promise(r => setTimeout(() => { results.push(label); r(label); }, ms));
Promise.all([wait(15, 'c'), wait(5, 'a'), wait(10, 'b')]).then(vs => {
  console.log('arrival order', results);
  console.log('Promise.all order', vs);
});
