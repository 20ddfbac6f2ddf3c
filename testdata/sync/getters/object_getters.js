const person = {
  first: 'Ada',
  last: 'Lovelace',
  get full() { return `${this.first} ${this.last}`; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
console.log(person.full);
person.full = 'Grace Hopper';
console.log(person.first, person.last, person.full);
console.log(person);
const lazy = {
  get expensive() {
    console.log('computing');
    Object.defineProperty(this, 'expensive', { value: 42, enumerable: true });
    return this.expensive;
  },
};
console.log(lazy.expensive, lazy.expensive);
