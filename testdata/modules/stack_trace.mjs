// Stack traces name a module by its file URL; until the first await the
// module's code runs under node's module loader, whose frames follow.
const here = (stack) => stack.replaceAll(import.meta.url, 'URL');
function inner() { return new Error('from inner'); }
console.log(here(new Error('top').stack));
console.log(here(inner().stack));
await null;
console.log(here(new Error('after await').stack));
console.log(here(inner().stack));
setTimeout(function later() {
  console.log(here(new Error('in a timer').stack));
}, 20);
