class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  constructor(s) { super('square'); this.s = s; }
  area() { return this.s ** 2; }
  describe() { return super.describe() + ' (a square)'; }
}
for (const s of [new Circle(1), new Square(3), new Shape('blob')]) console.log(s.describe());
console.log(Object.getPrototypeOf(Circle) === Shape, new Circle(2) instanceof Shape, Circle.prototype.constructor.name);
class Empty extends Square {}
console.log(new Empty(2).describe(), new Empty(2));
