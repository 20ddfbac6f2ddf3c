(async () => {
  for await (const c of "hé") console.log("char", c);
  try { for await (const x of 5) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { for await (const x of { [Symbol.asyncIterator]() { return 1; } }) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { for await (const x of { [Symbol.asyncIterator]() { return { next() { return 3; } }; } }) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { for await (const x of { [Symbol.asyncIterator]() { return { next() { return Promise.resolve(3); } }; } }) ; } catch (e) { console.log(e.constructor.name, e.message); }
})();
