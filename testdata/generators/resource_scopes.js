// Resources acquired inside nested generators are released in reverse order
// whether the consumer finishes, breaks, or throws; a release that throws
// replaces a break, but not a consumer exception (which the loop rethrows).
function* withResource(name, body) {
  console.log('acquire', name);
  try {
    yield* body();
  } finally {
    console.log('release', name);
    if (name === 'bad') throw new Error('release of bad failed');
  }
}
const nested = () =>
  withResource('db', function* () {
    yield 'connected';
    yield* withResource('tx', function* () {
      yield 'begin';
      yield 'insert';
      yield 'commit';
    });
    yield 'after tx';
  });
console.log([...nested()]);
for (const step of nested()) {
  console.log('step', step);
  if (step === 'insert') break;
}
try {
  for (const step of nested()) {
    if (step === 'begin') throw new Error('consumer failed at ' + step);
  }
} catch (e) {
  console.log('caught', e.message);
}
try {
  for (const step of withResource('bad', function* () {
    yield 1;
    yield 2;
  })) {
    console.log('bad step', step);
    break;
  }
} catch (e) {
  console.log('caught', e.message);
}
try {
  for (const step of withResource('bad', function* () {
    yield 1;
  })) {
    throw new Error('consumer error');
  }
} catch (e) {
  console.log('caught', e.message);
}
