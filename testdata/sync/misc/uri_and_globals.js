console.log(encodeURIComponent('a b&c=d/é?'), encodeURI('http://x.y/a b?q=é&r=1#h'));
console.log(decodeURIComponent('a%20b%26c'), decodeURI('%41%20%2F'));
console.log(escape ? 'escape exists' : '', isFinite('12'), Number.isFinite('12'), isNaN(undefined));
console.log(typeof globalThis.setTimeout, typeof structuredClone, typeof queueMicrotask, typeof process.nextTick);
console.log(process.argv.length >= 2, typeof process.env, process.platform.length > 0);
