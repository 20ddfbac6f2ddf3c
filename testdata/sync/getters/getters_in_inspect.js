class Box {
  constructor(v) { this._v = v; }
  get value() { return this._v; }
}
const o = {
  plain: 1,
  get computed() { return 2; },
  set onlySet(v) {},
  get both() { return 3; },
  set both(v) {},
};
console.log(o);
console.log(new Box(5), new Box(5).value);
console.log(Object.keys(o), JSON.stringify(o));
