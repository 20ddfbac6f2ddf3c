async function work(label, fail) {
  try {
    console.log(label, 'try');
    await null;
    if (fail) throw new Error(label + ' body failed');
    return label + ' result';
  } finally {
    console.log(label, 'finally');
    await null;
    if (label === 'b') throw new Error('b finally threw');
    console.log(label, 'finally after await');
  }
}
work('a', false).then(v => console.log('a ->', v));
work('b', true).catch(e => console.log('b ->', e.message));
work('c', true).catch(e => console.log('c ->', e.message));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
console.log('sync end');
