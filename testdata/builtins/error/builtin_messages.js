// Errors thrown by the language and builtins carry V8's messages.
const attempts = [
  () => null.prop,
  () => undefined.prop,
  () => { const o = {}; o.missing.deeper; },
  () => { const o = {}; o.notAFunction(); },
  () => { let f = 5; f(); },
  () => { new (class A {})().method(); },
  () => { const c = 1; c = 2; },
  () => { notDefinedAnywhere; },
  () => { new Array(-1); },
  () => { 'x'.repeat(-1); },
  () => { (1).toFixed(101); },
  () => { JSON.parse('{"a":'); },
  () => { JSON.parse(''); },
  () => { BigInt(1.5); },
  () => { 1n + 1; },
  () => { Symbol() + ''; },
  () => { new Symbol(); },
  () => { null[Symbol.iterator]; },
  () => { const [a] = null; },
  () => { const { a } = undefined; },
  () => { for (const x of 5) {} },
  () => { [...{}]; },
  () => { new Map([1]); },
  () => { Object.defineProperty(1, 'x', {}); },
  () => { Object.freeze({ a: 1 }).a = 2; },
  () => { 'use strict'; Object.freeze([1]).push(2); },
  () => { class B { constructor() { this.x; } } B(); },
  () => { decodeURIComponent('%E0%A4%A'); },
  () => { new Promise(); },
  () => { Reflect.ownKeys(1); },
  () => { ({}) instanceof 5; },
  () => { 'a' in 'b'; },
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
