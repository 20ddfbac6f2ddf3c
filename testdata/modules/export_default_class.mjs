// export default class with a name binds the name in the module.
export default class Shape {
  static kind = 'shape';
  area() { return 0; }
}
console.log(Shape.kind, new Shape().area(), Shape.name);
