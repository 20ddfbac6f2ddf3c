async function level3() { console.log('level3'); return 3; }
async function level2() { console.log('level2 before'); const v = await level3(); console.log('level2 after', v); return v + 1; }
async function level1() { console.log('level1 before'); const v = await level2(); console.log('level1 after', v); return v + 1; }
level1().then(v => console.log('result', v));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3'));
console.log('sync end');
