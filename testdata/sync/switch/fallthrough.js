function daysIn(month) {
  let days;
  switch (month) {
    case 'feb':
      days = 28;
      break;
    case 'apr':
    case 'jun':
    case 'sep':
    case 'nov':
      days = 30;
      break;
    default:
      days = 31;
  }
  return days;
}
console.log(['jan', 'feb', 'apr', 'nov', 'dec'].map(daysIn));
function levels(n) {
  const out = [];
  switch (n) {
    case 3: out.push('three');
    case 2: out.push('two');
    case 1: out.push('one'); break;
    case 0: out.push('zero');
  }
  return out;
}
console.log(levels(3), levels(1), levels(0), levels(9));
