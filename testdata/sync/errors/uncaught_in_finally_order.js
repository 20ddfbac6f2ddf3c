function work() {
  try {
    console.log('working');
    throw new RangeError('out of range: 7');
  } finally {
    console.log('cleanup runs before the process dies');
  }
}
work();
