// The cause option, and how errors with causes print.
Error.stackTraceLimit = 0;
const inner = new TypeError('inner problem');
const outer = new Error('outer problem', { cause: inner });
console.log(outer.cause === inner, Object.getOwnPropertyDescriptor(outer, 'cause'));
console.log(outer);
console.log(new Error('no cause', {}).hasOwnProperty('cause'));
console.log(new Error('undefined cause', { cause: undefined }).hasOwnProperty('cause'));
console.log(new Error('string cause', { cause: 'just text' }));
console.log(new Error('object cause', { cause: { code: 42, detail: { deep: { deeper: 1 } } } }));
console.log(new RangeError('chained', { cause: new Error('level 2', { cause: new Error('level 3') }) }));
console.log(new Error('options not object', 'ignored').cause);
const proto = { cause: 'inherited' };
console.log(new Error('inherited cause', Object.create(proto)).cause);
const getter = { get cause() { return 'from getter'; } };
console.log(new Error('getter', getter).cause);
console.log({ wrapped: new Error('in object', { cause: 1 }) });
const self = new Error('self cause');
self.cause = self;
console.log(self);
class AppError extends Error {
  constructor(msg, options) { super(msg, options); this.name = 'AppError'; }
}
console.log(new AppError('app', { cause: inner }));
try {
  try { JSON.parse('{bad'); } catch (e) { throw new Error('config failed', { cause: e }); }
} catch (e) {
  console.log(e.message, '<-', e.cause.name, e.cause.message);
}
