// Without module syntax a .js file stays CommonJS: await is an identifier
// outside async functions.
const await = 5;
console.log(await, this === module.exports, typeof require);
