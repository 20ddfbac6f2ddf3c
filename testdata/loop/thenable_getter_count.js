let reads = 0;
const obj = {
  get then() {
    reads++;
    console.log('then getter read', reads);
    return reads === 1 ? (res => { console.log('first then runs'); res('from getter'); }) : undefined;
  },
};
(async () => {
  const v = await obj;
  console.log('awaited', v, 'after', reads, 'reads');
  const w = await obj;
  console.log('second await gives the object itself:', w === obj, reads);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
console.log('sync end', reads);
