class LinkedList {
  constructor() { this.head = null; this.size = 0; }
  add(value) {
    const node = { value, next: null };
    if (!this.head) this.head = node;
    else { let n = this.head; while (n.next) n = n.next; n.next = node; }
    this.size++;
    return this;
  }
  [Symbol.iterator]() {
    let node = this.head;
    return { next: () => { if (!node) return { done: true, value: undefined }; const value = node.value; node = node.next; return { done: false, value }; } };
  }
}
const list = new LinkedList().add('a').add('b').add('c');
console.log([...list], list.size, Array.from(list).reverse());
for (const v of list) console.log('item', v);
const [first, ...rest] = list;
console.log(first, rest, new Set(list).has('b'));
