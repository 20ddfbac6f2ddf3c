const order = [];
for (let i = 0; i < 5; i++) {
  Promise.resolve(i).then(v => order.push('a' + v)).then(() => order.push('b' + i));
}
setTimeout(() => console.log(order.join(' ')), 0);
