class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p, Point.origin(), typeof Point, Object.keys(p));
console.log(p instanceof Point, Object.getOwnPropertyNames(Point.prototype), Point.name, Point.length);
try {
  Point(1, 2);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
