// The classic with (Math): the functions are called with Math as this.
function hypot3(x, y, z) {
  with (Math) {
    return round(sqrt(pow(x, 2) + pow(y, 2) + pow(z, 2)) * 1000) / 1000;
  }
}
console.log(hypot3(1, 2, 2), hypot3(3, 4, 12));
with (Math) {
  console.log(PI.toFixed(5), floor(E * 100), max(1, 5, 3), abs(-7), sign(-0.5));
  const r = 2;
  console.log((PI * r * r).toFixed(3), trunc(LN2 * 1000), typeof random);
  var area = PI * pow(r, 2);
}
console.log(area.toFixed(2));
