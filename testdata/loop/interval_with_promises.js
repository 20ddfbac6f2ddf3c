let n = 0;
const id = setInterval(async () => {
  n++;
  const mine = n;
  console.log('tick', mine);
  await null;
  console.log('after await in tick', mine);
  if (mine === 3) clearInterval(id);
}, 3);
