// indexOf/lastIndexOf/includes/find*: -0, NaN, fromIndex coercions.
const a = [1, 2, NaN, -0, 'x', 2, undefined];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(NaN), a.includes(NaN));
console.log(a.indexOf(0), a.includes(0), a.indexOf(-0), a.lastIndexOf(+0));
console.log(a.indexOf(2, 2), a.indexOf(2, -2), a.indexOf(2, -100), a.indexOf(2, 100));
console.log(a.lastIndexOf(2, 4), a.lastIndexOf(2, -3), a.lastIndexOf(2, -100));
console.log(a.includes('x', 5), a.includes('x', -3), a.includes(undefined), a.indexOf(undefined));
console.log([1, 2, 3].indexOf('2'), [1, 2, 3].includes('2'), ['1'].indexOf(1));
console.log([1, 2, 3].indexOf(3, 1.9), [1, 2, 3].indexOf(1, '1'), [1, 2, 3].lastIndexOf(1, undefined));
console.log([, , ,].includes(undefined), [, , ,].indexOf(undefined));
const objs = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 2 }];
console.log(objs.find(o => o.id === 2), objs.findIndex(o => o.id === 2));
console.log(objs.findLast(o => o.id === 2), objs.findLastIndex(o => o.id === 2));
console.log(objs.find(o => o.id === 9), objs.findIndex(o => o.id === 9), objs.findLast(() => false), objs.findLastIndex(() => false));
const visited = [];
[10, 20, 30].findLast((v, i, arr) => { visited.push([v, i, arr.length]); return false; });
console.log(visited);
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at('1'), [1, 2, 3].at(1.5), [1, 2, 3].at());
console.log('str'.split('').includes('t'), Array.prototype.includes.call('abc', 'b'));
console.log(Array.prototype.indexOf.call({ length: 3, 0: 'a', 2: 'c' }, 'c'));
try { [].find(); } catch (e) { console.log(e.constructor.name, e.message); }
try { [].findLast({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.prototype.includes.call(null, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.prototype.indexOf.call(undefined, 1); } catch (e) { console.log(e.constructor.name, e.message); }
