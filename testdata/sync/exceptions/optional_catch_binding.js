function parseOr(json, fallback) {
  try {
    return JSON.parse(json);
  } catch {
    return fallback;
  }
}
console.log(parseOr('{"a":1}', null), parseOr('{bad', 'fallback'), parseOr('[1,2]', []));
let attempts = 0;
while (true) {
  try {
    attempts++;
    if (attempts < 3) throw 0;
    break;
  } catch {
    continue;
  } finally {
    console.log('attempt', attempts);
  }
}
