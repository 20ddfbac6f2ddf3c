// AggregateError: errors array, message, printing, Promise.any.
Error.stackTraceLimit = 0;
const agg = new AggregateError([new Error('a'), new TypeError('b'), 'plain'], 'several failed');
console.log(agg.name, agg.message, agg.errors.length, Array.isArray(agg.errors));
console.log(agg);
console.log(new AggregateError(new Set([1, 2])).errors, new AggregateError([]).message === '');
console.log(Object.getOwnPropertyDescriptor(agg, 'errors').enumerable, agg instanceof Error);
console.log(String(agg), Object.prototype.toString.call(agg));
console.log(new AggregateError([], 'with cause', { cause: 'why' }).cause);
try { new AggregateError(5); } catch (e) { console.log(e.name, e.message); }
try { AggregateError(); } catch (e) { console.log(e.name, e.message); }
console.log({ nested: new AggregateError([new Error('x')], 'nested') });
Promise.any([Promise.reject(new Error('r1')), Promise.reject(new RangeError('r2'))]).catch(e => {
  console.log(e.constructor.name, e.message, e.errors.map(x => x.message));
  console.log(e);
});
Promise.any([]).catch(e => console.log('empty any:', e.message, e.errors));
