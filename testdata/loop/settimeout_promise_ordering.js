const results = [];
const wait = (ms, label) => new Promise(r => setTimeout(() => { results.push(label); r(label); }, ms));
Promise.all([wait(300, 'c'), wait(10, 'a'), wait(150, 'b')]).then(vs => {
  console.log('arrival order', results);
  console.log('Promise.all order', vs);
});
