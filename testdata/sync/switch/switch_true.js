function bmi(w, h) {
  const v = w / (h * h);
  switch (true) {
    case v < 18.5: return 'under';
    case v < 25: return 'normal';
    case v < 30: return 'over';
    default: return 'obese';
  }
}
console.log(bmi(50, 1.8), bmi(70, 1.75), bmi(90, 1.8), bmi(120, 1.7));
const action = { type: 'add', value: 3 };
let state = 10;
for (const a of [action, { type: 'mul', value: 2 }, { type: 'reset' }, { type: 'bogus' }]) {
  switch (a.type) {
    case 'add': { const v = a.value; state += v; break; }
    case 'mul': { const v = a.value; state *= v; break; }
    case 'reset': state = 0; break;
    default: console.log('unknown action', a.type);
  }
  console.log(a.type, state);
}
