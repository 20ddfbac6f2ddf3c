const user = { profile: { name: 'Ann', tags: ['a'], greet() { return 'hi ' + this.name; } }, list: null };
console.log(user?.profile?.name, user.missing?.name, user.list?.[0], user.profile.tags?.[0]);
console.log(user.profile.greet?.(), user.profile.nothing?.(), user.nope?.deep.deeper.deepest);
const n = null;
console.log(n?.x, n?.[0], n?.(), typeof n?.x);
let count = 0;
const obj = null;
obj?.[count++];
console.log('short-circuit keeps count at', count);
console.log((user?.profile).name, user?.profile.tags.length);
try {
  user.nope.deep;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
