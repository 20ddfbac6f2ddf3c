const im = setImmediate(() => {
  console.log('immediate runs; hasRef inside:', im.hasRef());
  setImmediate(() => {
    console.log('second immediate; first hasRef now:', im.hasRef());
    const t = setTimeout(() => {
      console.log('timer hasRef inside its callback:', t.hasRef());
      setImmediate(() => console.log('timer hasRef after it ran:', t.hasRef()));
    }, 20);
  });
});
console.log('hasRef before:', im.hasRef());
const cleared = setImmediate(() => {});
clearImmediate(cleared);
console.log('hasRef after clear:', cleared.hasRef());
