class Empty {}
class WithData { constructor() { this.x = 1; this.list = [1, 2]; } }
class Sub extends WithData { constructor() { super(); this.y = { z: 2 }; } }
console.log(new Empty(), new WithData(), new Sub());
console.log(Empty, WithData, Sub, [Sub], { Sub });
const nullProto = Object.create(null);
nullProto.k = 'v';
console.log(nullProto, Object.create(Empty.prototype));
function OldStyle() { this.a = 1; }
console.log(new OldStyle(), OldStyle);
class Named { static label = 'x'; }
console.log(Named);
const anon = new (class {})();
console.log(anon);
