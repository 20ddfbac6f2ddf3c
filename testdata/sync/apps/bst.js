class Node {
  constructor(key, value) { this.key = key; this.value = value; this.left = this.right = null; }
}
class BST {
  root = null;
  size = 0;
  insert(key, value) {
    const n = new Node(key, value);
    if (!this.root) { this.root = n; this.size++; return this; }
    let cur = this.root;
    for (;;) {
      if (key === cur.key) { cur.value = value; return this; }
      const side = key < cur.key ? 'left' : 'right';
      if (!cur[side]) { cur[side] = n; this.size++; return this; }
      cur = cur[side];
    }
  }
  inorder(node = this.root, out = []) {
    if (node) { this.inorder(node.left, out); out.push(node.key); this.inorder(node.right, out); }
    return out;
  }
  height(node = this.root) { return node ? 1 + Math.max(this.height(node.left), this.height(node.right)) : 0; }
  find(key) { let c = this.root; while (c && c.key !== key) c = key < c.key ? c.left : c.right; return c?.value; }
}
const t = new BST();
for (const k of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) t.insert(k, `v${k}`);
t.insert(40, 'forty');
console.log(t.inorder(), t.size, t.height(), t.find(40), t.find(99));
console.log(t.root.left);
console.log(JSON.stringify(t.root, ['key', 'left', 'right']).length);
const words = 'the quick brown fox jumps over the lazy dog'.split(' ');
const wt = new BST();
words.forEach((w, i) => wt.insert(w, i));
console.log(wt.inorder().join(' '), wt.height());
