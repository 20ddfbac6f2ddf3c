function draw({ x = 0, y = 0, color = 'black', ...style } = {}) {
  return `${color} at ${x},${y} ${JSON.stringify(style)}`;
}
console.log(draw(), draw({ x: 5, color: 'red', width: 2 }));
const pairs = [[1, 'one'], [2, 'two']];
console.log(pairs.map(([n, word]) => `${n}=${word}`));
const users = [{ id: 1, profile: { name: 'a' } }, { id: 2, profile: { name: 'b' } }];
console.log(users.map(({ id, profile: { name } }) => id + name));
function swap([a, b]) { return [b, a]; }
console.log(swap([1, 2]));
const fn = ({ a } = { a: 'default obj' }, [b] = ['default arr']) => a + ' ' + b;
console.log(fn(), fn({ a: 'given' }, []));
