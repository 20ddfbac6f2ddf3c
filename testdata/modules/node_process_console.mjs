// node:process and node:console: the default export is the global object,
// named exports are its properties.
import process, { nextTick, exitCode } from 'node:process';
import proc2 from 'process';
import console, { log } from 'node:console';
console.log(process === globalThis.process, proc2 === process, nextTick === process.nextTick, exitCode);
log('log from a named import');
nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));
await null;
log('after await');
