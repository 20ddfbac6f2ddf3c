let second, im2;
setTimeout(() => { console.log('refreshing at 20ms'); t.refresh(); }, 20);
setTimeout(() => {
  console.log('first 30ms timer clears the second');
  clearTimeout(second);
  setImmediate(() => {
    console.log('immediate 1 clears immediate 2');
    clearImmediate(im2);
  });
  im2 = setImmediate(() => console.log('never: immediate 2'));
  setImmediate(() => console.log('immediate 3'));
}, 30);
second = setTimeout(() => console.log('never: second 30ms timer'), 30);
setTimeout(() => console.log('third 30ms timer'), 30);
const t = setTimeout(() => console.log('refreshed timer runs once'), 60);
