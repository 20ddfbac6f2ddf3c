Promise.resolve('input')
  .then(v => {
    console.log('processing', v);
    return JSON.parse('{broken');
  })
  .then(() => console.log('not reached'));
console.log('script done');
