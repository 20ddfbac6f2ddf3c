// User-defined error classes: names, extra fields, instanceof and how they print.
Error.stackTraceLimit = 0;
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class NotFound extends Error {
  constructor(what) { super(`${what} not found`); this.status = 404; }
}
NotFound.prototype.name = 'NotFound';
class HttpError extends Error {
  constructor(status, msg) { super(msg); this.status = status; }
  get name() { return 'HttpError'; }
}
class Silent extends Error {}
const errors = [new ValidationError('email', 'bad email'), new NotFound('user'), new HttpError(500, 'boom'), new Silent('quiet')];
for (const e of errors) {
  console.log(e.name, '|', e.message, '|', String(e), '|', e instanceof Error, e.constructor.name);
}
for (const e of errors) console.log(e);
console.log(errors);
console.log({ error: errors[0] });
class Wrapped extends TypeError { constructor() { super('wrapped'); this.name = 'Wrapped'; } }
console.log(new Wrapped(), new Wrapped() instanceof TypeError);
class Coded extends RangeError { constructor() { super('out'); this.code = 'ERR_OUT'; } }
console.log(new Coded());
const e2 = new Error('no name');
e2.name = 'CustomName';
console.log(e2);
const e3 = new TypeError('type renamed');
e3.name = 'NotAnErrorName';
console.log(e3);
const e4 = new Error('empty name');
e4.name = '';
console.log(e4);
const e5 = new Error('');
console.log(e5, [e5]);
const e6 = new Error('with code');
e6.code = 'E1';
e6.errno = -2;
e6[Symbol('s')] = true;
console.log(e6);
function LegacyError(msg) { this.message = msg; }
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.constructor = LegacyError;
LegacyError.prototype.name = 'LegacyError';
console.log(new LegacyError('old style'), String(new LegacyError('old style')));
