// util re-exports the WHATWG encoders, the same constructors as the globals.
const util = require("util");
const { TextEncoder, TextDecoder } = require("node:util");
console.log(TextEncoder === globalThis.TextEncoder, TextDecoder === globalThis.TextDecoder);
const bytes = new TextEncoder().encode("héllo, wörld €");
console.log(bytes.length, Array.from(bytes.slice(0, 4)));
console.log(new util.TextDecoder().decode(bytes));
console.log(util.inspect(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.of(0x61, 0x62))));
