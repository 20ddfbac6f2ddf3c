Promise.resolve(1)
  .then(v => { console.log('got', v); return v + 1; })
  .then(v => { console.log('got', v); return Promise.resolve(v * 10); })
  .then(v => { console.log('got', v); })
  .then(v => { console.log('undefined passes along:', v); return { then: r => r('from thenable') }; })
  .then(v => console.log('thenable unwrapped:', v));
