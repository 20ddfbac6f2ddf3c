// Errors nested in other values: stacks indented, extra properties, causes sharing frames.
const frames = '\n    at handler (/app/server.js:10:5)\n    at route (/app/router.js:20:3)\n    at dispatch (/app/router.js:30:7)\n    at process (/app/main.js:40:1)';
function withStack(err, stack) { err.stack = stack; return err; }
const e1 = withStack(new Error('not found'), 'Error: not found' + frames);
console.log(e1);
console.log({ error: e1 });
console.log([e1]);
const e2 = withStack(new TypeError('bad input'), 'TypeError: bad input' + frames);
e2.code = 'E_BAD';
e2.details = { field: 'email', rules: ['required', 'format'] };
console.log(e2);
console.log({ response: { status: 500, error: e2 } });
const cause = withStack(new Error('db down'), 'Error: db down\n    at connect (/app/db.js:1:1)' + frames);
const outer = withStack(new Error('request failed', { cause }), 'Error: request failed\n    at wrap (/app/wrap.js:5:5)' + frames);
console.log(outer);
const renamed = withStack(new Error('odd'), 'Error: odd' + frames);
renamed.name = 'CustomError';
console.log(renamed);
const noFrames = withStack(new RangeError('plain'), 'RangeError: plain');
console.log(noFrames, [noFrames]);
const weird = withStack(new Error('msg'), 'completely custom stack text');
console.log(weird);
const empty = withStack(new Error('x'), '');
console.log(empty);
const agg = withStack(new AggregateError([e1, noFrames], 'many'), 'AggregateError: many' + frames);
console.log(agg);
const nullProto = withStack(new Error('np'), 'Error: np' + frames);
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
class HttpError extends Error {}
const h = withStack(new HttpError('teapot'), 'Error: teapot' + frames);
h.status = 418;
console.log(h);
console.log(new Map([['err', noFrames]]), new Set([noFrames]));
