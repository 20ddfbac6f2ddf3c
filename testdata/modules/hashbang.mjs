#!/usr/bin/env node
// A hashbang line before a module's code, and a stack position after it.
const where = new Error('here').stack.split('\n')[1].replace(import.meta.url, 'URL');
console.log(where);
console.log(await Promise.resolve('after the hashbang'));
