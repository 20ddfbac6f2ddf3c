// with inside constructor functions, prototype methods, getters and
// recursive functions; the object may be this, and labelled blocks and
// returns leave the body.
function Shape(w, h) {
  with (this) {
    // this has no w yet: the parameter is assigned.
    w = w * 2;
  }
  this.w = w;
  this.h = h;
}
Shape.prototype.describe = function () {
  with (this) {
    block: {
      if (w > 10) break block;
      return `small ${w}x${h}`;
    }
    return `large ${w}x${h} (${area})`;
  }
};
Object.defineProperty(Shape.prototype, 'area', { get() { with (this) return w * h; } });
console.log(new Shape(2, 3).describe(), new Shape(6, 1).describe(), new Shape(3, 4).area);

function depth(node) {
  with (node) {
    return children.length === 0 ? 1 : 1 + Math.max(...children.map(depth));
  }
}
console.log(depth({ children: [{ children: [] }, { children: [{ children: [] }] }] }));

// An accessor on the with object sees the with object as this.
const account = {
  balance: 10,
  get doubled() { return this.balance * 2; },
  deposit(n) { this.balance += n; return this; },
};
with (account) {
  deposit(5);
  console.log(balance, doubled);
  balance = 100;
}
console.log(account.balance, account.doubled);
