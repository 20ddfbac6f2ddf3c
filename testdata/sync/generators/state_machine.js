function* trafficLight() {
  while (true) {
    yield 'green';
    yield 'yellow';
    const emergency = yield 'red';
    if (emergency) {
      yield 'flashing';
    }
  }
}
const light = trafficLight();
const seq = [];
for (let i = 0; i < 9; i++) seq.push(light.next(i === 3).value);
console.log(seq.join(' -> '));
function* idGen(prefix) {
  let id = 0;
  while (true) {
    const reset = yield `${prefix}-${++id}`;
    if (reset) id = 0;
  }
}
const ids = idGen('user');
console.log(ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);
