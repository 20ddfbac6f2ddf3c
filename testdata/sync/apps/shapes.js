class Shape {
  static count = 0;
  static { Shape.registry = new Map(); }
  constructor(name) {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.name = name;
    Shape.count++;
    Shape.registry.set(name, this);
  }
  area() { throw new Error('not implemented'); }
  perimeter() { return NaN; }
  describe() { return `${this.name}: area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`; }
  get [Symbol.toStringTag]() { return 'Shape:' + this.name; }
  static compare(a, b) { return a.area() - b.area(); }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
  perimeter() { return 2 * Math.PI * this.r; }
}
class Rect extends Shape {
  constructor(w, h, name = 'rect') { super(name); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}
class Square extends Rect {
  constructor(s) { super(s, s, 'square'); }
  describe() { return super.describe() + ' (square)'; }
}
class Triangle extends Shape {
  constructor(a, b, c) {
    super('triangle');
    if (a + b <= c || a + c <= b || b + c <= a) throw new RangeError(`invalid triangle ${a},${b},${c}`);
    Object.assign(this, { a, b, c });
  }
  perimeter() { return this.a + this.b + this.c; }
  area() { const s = this.perimeter() / 2; return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c)); }
}
const shapes = [new Circle(1.5), new Rect(2, 3.5), new Square(2), new Triangle(3, 4, 5)];
shapes.sort(Shape.compare).forEach((s) => console.log(s.describe()));
try { new Shape('x'); } catch (e) { console.log(e.message); }
try { new Triangle(1, 2, 10); } catch (e) { console.log(e.name, e.message); }
console.log(Shape.count, [...Shape.registry.keys()], String(shapes[0]), Object.prototype.toString.call(shapes[1]));
console.log(shapes.map((s) => s.constructor.name), shapes[2] instanceof Rect, Square.compare === Shape.compare);
console.log(shapes);
