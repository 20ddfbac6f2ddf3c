Error.stackTraceLimit = 0;
const e = new Error('logged');
console.log(e);
console.log([new TypeError('in array')]);
console.log({ err: new RangeError('in object') });
const withProps = new Error('with props');
withProps.code = 'E42';
withProps.details = { retry: true };
console.log(withProps);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
console.log(new MyErr('custom'));
console.log(String(new MyErr('as string')), `${new Error('tpl')}`);
const caused = new Error('outer', { cause: new Error('inner') });
console.log(caused);
