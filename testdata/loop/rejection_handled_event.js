const seen = new Map();
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled:', reason.message);
  seen.set(p, reason.message);
});
process.on('rejectionHandled', p => console.log('handled late:', seen.get(p)));
const late = Promise.reject(new Error('late'));
const early = Promise.reject(new Error('early'));
early.catch(() => console.log('early caught synchronously-attached'));
setTimeout(() => {
  console.log('attaching handler at 20ms');
  late.catch(e => console.log('late caught:', e.message));
}, 20);
setTimeout(() => console.log('done'), 60);
