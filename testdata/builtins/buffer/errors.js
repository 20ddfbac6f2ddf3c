const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => Buffer.from(5)); t(() => Buffer.from({})); t(() => Buffer.from(null)); t(() => Buffer.alloc(-1)); t(() => Buffer.alloc('3'));
t(() => Buffer.concat([1])); t(() => Buffer.concat('x')); t(() => Buffer.from('a').equals('a')); t(() => Buffer.compare('a', Buffer.alloc(1)));
t(() => Buffer.byteLength(5)); t(() => Buffer.from('abc').indexOf({})); t(() => Buffer.from('abc').write(1));
t(() => Buffer.from({ length: 2, 0: 7, 1: 8 })); t(() => Buffer.from({ type: 'Buffer', data: [1, 2] })); t(() => Buffer.from(new String('str')));
t(() => Buffer(3)); t(() => new Buffer('ab')); t(() => Buffer.of(1, 2, 257));
