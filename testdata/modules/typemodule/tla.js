// A top-level await in a "type": "module" package.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
console.log('start');
await sleep(20);
console.log('after sleep');
