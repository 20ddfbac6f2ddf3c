function iterable(label, values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        return() { console.log(label, 'return called at', i); return {}; },
      };
    },
  };
}
const boom = (m) => { throw new Error(m); };
try { const [a, b = boom('default')] = iterable('decl-default', [1, undefined, 3]); } catch (e) { console.log('caught', e.message); }
try { const [[x]] = iterable('decl-nested', [0, 1]); } catch (e) { console.log('caught', e.constructor.name); }
try { let [[q]] = iterable("decl-inner", [1]); } catch (e) { console.log("caught", e.constructor.name); }
try { var [v1 = boom('var')] = iterable('var-default', []); } catch (e) { console.log('caught', e.message); }
let s, t;
try { [s, t = boom('assign')] = iterable('assign-default', [1]); } catch (e) { console.log('caught', e.message, s); }
const target = { set x(v) { throw new Error('setter ' + v); } };
try { [target.x] = iterable('assign-setter', [5, 6]); } catch (e) { console.log('caught', e.message); }
const [ok1, ok2 = 'dflt'] = iterable('normal', [1]);
console.log(ok1, ok2);
const [m1 = 1, [m2, m3] = [2, 3]] = iterable('nested-ok', [undefined]);
console.log(m1, m2, m3);
function f([a, b = boom('param')]) { return a; }
try { f(iterable('param', [1])); } catch (e) { console.log('caught', e.message); }
const badNext = { [Symbol.iterator]() { return { next() { throw new Error('next'); }, return() { console.log('never'); return {}; } }; } };
try { const [z = 1] = badNext; } catch (e) { console.log('caught', e.message); }
try { for (const [k, w = boom('loop')] of [[1]]) { console.log(k); } } catch (e) { console.log('caught', e.message); }
