function f(x) {
  const seen = [];
  switch (x) {
    case 'a': seen.push('a');
    default: seen.push('default');
    case 'b': seen.push('b'); break;
    case 'c': seen.push('c');
  }
  return seen.join('>');
}
console.log(f('a'), f('b'), f('c'), f('z'));
let evals = [];
const key = 2;
switch (key) {
  case (evals.push('case1'), 1): break;
  case (evals.push('case2'), 2): evals.push('matched'); break;
  case (evals.push('case3'), 3): break;
}
console.log(evals);
