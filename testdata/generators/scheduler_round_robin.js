// A round-robin scheduler of generator tasks: each yield gives up the turn,
// a task can yield a sleep request measured in ticks, spawn a child, or
// fail; the scheduler kills the remaining tasks at the end with return().
function* task(name, steps) {
  try {
    for (let i = 1; i <= steps; i++) {
      console.log(`${name} step ${i}`);
      yield;
    }
    return name + ' done';
  } finally {
    console.log(`${name} finally`);
  }
}
function* sleeper() {
  console.log('sleeper sleeps 3 ticks');
  yield { sleep: 3 };
  console.log('sleeper woke');
}
function* spawner() {
  yield { spawn: task('child', 1) };
  yield { fail: false };
  throw new Error('spawner crashed');
}
function run(tasks, maxTicks) {
  const ready = tasks.map((t) => ({ t, wake: 0 }));
  let tick = 0;
  while (ready.length && tick < maxTicks) {
    tick++;
    const entry = ready.shift();
    if (entry.wake > tick) {
      ready.push(entry);
      continue;
    }
    let r;
    try {
      r = entry.t.next();
    } catch (e) {
      console.log(`tick ${tick}: task failed: ${e.message}`);
      continue;
    }
    if (r.done) {
      console.log(`tick ${tick}: finished with ${r.value}`);
      continue;
    }
    if (r.value && r.value.sleep) entry.wake = tick + r.value.sleep;
    if (r.value && r.value.spawn) ready.push({ t: r.value.spawn, wake: 0 });
    ready.push(entry);
  }
  for (const { t } of ready) t.return();
  console.log('stopped at tick', tick, 'with', ready.length, 'tasks killed');
}
run([task('A', 2), sleeper(), spawner(), task('B', 3)], 100);
run([task('long', 50), task('short', 1)], 6);
