const point = { x: 3, y: 4 };
with (point) {
  console.log(x, y, Math.sqrt(x * x + y * y));
  x = 30;
}
console.log(point);
