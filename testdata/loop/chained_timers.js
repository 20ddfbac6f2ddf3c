function step(i) {
  if (i > 4) return console.log('done');
  console.log('step', i);
  setTimeout(() => step(i + 1), i);
}
step(0);
