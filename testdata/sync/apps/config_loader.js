const defaults = { port: 8080, host: 'localhost', db: { user: 'root', pool: 5 }, features: [] };
function deepMerge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && typeof a[k] === 'object' ? deepMerge(a[k], v) : v;
  }
  return out;
}
class ConfigError extends Error {
  constructor(message, options) { super(message, options); this.name = 'ConfigError'; }
}
function load(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('invalid JSON config', { cause: err });
  }
  const cfg = deepMerge(defaults, parsed);
  if (!Number.isInteger(cfg.port) || cfg.port <= 0) throw new ConfigError(`bad port: ${cfg.port}`);
  return Object.freeze(cfg);
}
const good = load('{"port": 3000, "db": {"pool": 10}, "features": ["x"]}');
console.log(good);
console.log(Object.isFrozen(good), Object.isFrozen(good.db));
for (const text of ['{"port": -1}', '{port: 1}', '[]']) {
  try {
    console.log(load(text));
  } catch (err) {
    console.log(err.name, '-', err.message, err.cause ? `(cause: ${err.cause.name})` : '');
  }
}
try {
  load('{');
} catch (err) {
  console.log(err.stack.split(__dirname).join('<dir>'));
  console.log(err.cause.name, err.cause.message);
}
