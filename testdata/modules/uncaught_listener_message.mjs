// An uncaughtException listener sees the explained message; the program
// goes on, and a .mjs file gets no package.json sentence.
process.on('uncaughtException', (e, origin) => console.log(origin, JSON.stringify(e.message)));
setTimeout(() => console.log('still running'), 20);
await null;
module.exports = {};
