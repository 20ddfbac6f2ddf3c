console.log(String.raw`a\tb${1 + 1}c\n`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
const path = String.raw`C:\Users\${'me'}\docs`;
console.log(path, path.length);
