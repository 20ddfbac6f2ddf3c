async function main() {
  outer: for (let i = 0; i < 3; i++) {
    inner: for (let j = 0; j < 3; j++) {
      await null;
      if (j === 1) continue outer;
      if (i === 2) break outer;
      console.log(i, j);
    }
  }
  block: {
    console.log('in block');
    if (await true) break block;
    console.log('not reached');
  }
  let n = 0;
  loop: while (true) {
    switch (await n++) {
      case 0: console.log('zero'); continue loop;
      case 1: console.log('one');
      case 2: console.log('fall two'); break;
      default: break loop;
    }
    console.log('after switch', n);
  }
  console.log('done', n);
}
main();
