const wait = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  console.log('IIFE start');
  console.log('IIFE got', await wait(2, 'early'));
})();
wait(50, 'first')
  .then(async v => {
    console.log(v);
    const second = await wait(5, 'second');
    console.log(second);
    return [v, second];
  })
  .then(pair => console.log('pair', pair));
