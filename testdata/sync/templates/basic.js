const user = { name: 'Ada', langs: ['en', 'fr'] };
const n = 3;
console.log(`Hello, ${user.name}! You speak ${user.langs.length} languages: ${user.langs.join(' and ')}.`);
console.log(`${n} + ${n} = ${n + n}; ${n > 2 ? 'big' : 'small'}; ${`nested ${n * 2}`}`);
console.log(`multi
line
  indented`);
console.log(`${null} ${undefined} ${[1, [2, 3]]} ${{}} ${() => 1}`);
console.log(`\${escaped} \` backtick \u0041`);
