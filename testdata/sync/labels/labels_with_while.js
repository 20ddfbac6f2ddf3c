let i = 0, log = [];
loop1: while (i < 5) {
  i++;
  let j = 0;
  loop2: do {
    j++;
    if (j === 2) continue loop2;
    if (i === 2) continue loop1;
    if (i === 4) break loop1;
    log.push(`${i}.${j}`);
  } while (j < 3);
}
console.log(log.join(' '), i);
a: b: for (let k = 0; k < 3; k++) { if (k === 1) continue a; if (k === 2) break b; console.log('k', k); }
