const later = (ms, v) => new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
const fast = later(20, 'fast');
const slow = later(60, 'slow');
Promise.race([fast, slow]).then(v => {
  console.log('race winner', v);
  slow.then(x => console.log('loser handler still runs with', x));
});
let winner;
Promise.race([new Promise(r => { winner = r; }), Promise.reject(new Error('loser rejection'))])
  .catch(e => console.log('second race:', e.message));
winner('too late to win');
