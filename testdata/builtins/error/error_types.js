// The native error types: names, messages, prototype chains and instanceof.
const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const T of types) {
  const e = new T('msg');
  console.log(T.name, e.name, e.message, e instanceof T, e instanceof Error, String(e),
    Object.getPrototypeOf(T) === (T === Error ? Function.prototype : Error), T.length);
}
const noNew = TypeError('called without new');
console.log(noNew instanceof TypeError, noNew.message);
console.log(new Error().message === '', 'message' in new Error(), Object.keys(new Error('x')));
console.log(Object.getOwnPropertyNames(new Error('x')).sort());
console.log(new Error(undefined).hasOwnProperty('message'), new Error('').hasOwnProperty('message'));
console.log(new Error(42).message, typeof new Error(42).message, new Error(null).message);
console.log(new Error({ toString() { return 'from toString'; } }).message);
console.log(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name);
console.log(Object.prototype.toString.call(new RangeError()), typeof Error.prototype.toString);
const d = Object.getOwnPropertyDescriptor(new Error('m'), 'message');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(Error.prototype, 'name'));
console.log(TypeError.prototype instanceof Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Error.name, Error.length, TypeError.name, AggregateError.length);
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError, e.name); }
try { undefinedVariable; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
try { new Array(-1); } catch (e) { console.log(e instanceof RangeError, e.message); }
try { JSON.parse('{'); } catch (e) { console.log(e instanceof SyntaxError, e.name); }
try { decodeURIComponent('%'); } catch (e) { console.log(e instanceof URIError, e.message); }
