const resolvesThenThrows = {
  then(res) { res('resolved before throw'); throw new Error('ignored throw'); },
};
const rejectsThenThrows = {
  then(_, rej) { rej(new Error('rejected before throw')); throw new Error('also ignored'); },
};
const resolvesLater = {
  then(res) { setTimeout(() => res('resolved from a timer'), 20); throw new Error('throw wins, resolve later ignored'); },
};
Promise.resolve(resolvesThenThrows).then(v => console.log('1:', v), e => console.log('1 rejected?', e.message));
Promise.resolve(rejectsThenThrows).then(v => console.log('2 fulfilled?', v), e => console.log('2:', e.message));
new Promise(r => r(resolvesLater)).then(v => console.log('3 fulfilled?', v), e => console.log('3:', e.message));
setTimeout(() => console.log('timer after all'), 60);
