async function* g() { yield 1; await new Promise((r) => setTimeout(r, 20)); throw new RangeError("stream broke"); }
(async () => { for await (const v of g()) console.log("got", v); console.log("never"); })();
setTimeout(() => console.log("timer still ran"), 0);
