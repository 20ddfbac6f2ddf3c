// A timer that throws while a top-level await is pending: an uncaught
// exception (status 1), not an unsettled await.
setTimeout(() => {
  console.log('timer');
  throw new Error('thrown by a timer');
}, 20);
console.log('awaiting');
await new Promise(() => {});
