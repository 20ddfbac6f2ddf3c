let counter = 0;
class Widget {
  id = ++counter;
  name = `widget-${this.id}`;
  tags = [];
  ['computed' + 'Field'] = true;
  static instances = 0;
  handler = () => this.name;
  constructor() { Widget.instances++; }
}
const w1 = new Widget(), w2 = new Widget();
console.log(w1, w2.name, Widget.instances, w1.tags === w2.tags);
const { handler } = w2;
console.log(handler());
class Child extends Widget {
  extra = this.id * 100;
}
console.log(new Child());
