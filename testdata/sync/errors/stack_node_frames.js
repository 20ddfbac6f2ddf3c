// Stacks of errors made in each place node runs JavaScript from: the
// script's top level (node's module loader frames follow), builtins that call
// back (Array.map), builtins that throw (JSON.parse), timers, immediates,
// nextTick callbacks, and Error.stackTraceLimit.
const clean = (s) => s.split(__dirname).join('<dir>');

function inner() {
  return new Error('inner');
}
function outer() {
  return inner();
}
console.log(clean(outer().stack));

try {
  null.x;
} catch (e) {
  console.log(clean(e.stack));
}

const errs = [1, 2].map((n) => {
  return new Error('map ' + n);
});
console.log(clean(errs[1].stack));

try {
  JSON.parse('{oops');
} catch (e) {
  console.log(clean(e.stack));
}

function recurse(n) {
  if (n === 0) {
    return new Error('deep');
  }
  return recurse(n - 1);
}
console.log(clean(recurse(3).stack));
console.log(clean(recurse(12).stack).split('\n').length);

function named() {
  console.log(clean(new Error('timer').stack));
}
setTimeout(named, 0);
setTimeout(() => {
  console.log(clean(new Error('arrow timer').stack));
}, 1);
setImmediate(() => {
  console.log(clean(new Error('immediate').stack));
  process.nextTick(() => {
    console.log(clean(new Error('tick').stack));
  });
});

Error.stackTraceLimit = 3;
console.log(clean(outer().stack));
Error.stackTraceLimit = 10;
