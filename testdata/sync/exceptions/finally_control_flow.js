function loopWithFinally() {
  const log = [];
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      log.push('body' + i);
    } finally {
      log.push('finally' + i);
    }
  }
  return log;
}
console.log(loopWithFinally());
function nestedFinally() {
  const log = [];
  outer: try {
    try {
      log.push('inner try');
      break outer;
    } finally {
      log.push('inner finally');
    }
  } finally {
    log.push('outer finally');
  }
  log.push('after');
  return log;
}
console.log(nestedFinally());
function throwInFinally() {
  try {
    return 'try value';
  } finally {
    throw new Error('finally threw');
  }
}
try { throwInFinally(); } catch (e) { console.log(e.message); }
