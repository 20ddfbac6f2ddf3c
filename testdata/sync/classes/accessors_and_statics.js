class Matrix {
  static #created = 0;
  static identity(n) {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  static get created() { return Matrix.#created; }
  constructor(rows, cols) {
    this.rows = rows;
    this.cols = cols;
    this.data = new Array(rows * cols).fill(0);
    Matrix.#created++;
  }
  get(r, c) { return this.data[r * this.cols + c]; }
  set(r, c, v) { this.data[r * this.cols + c] = v; return this; }
  multiply(o) {
    const out = new Matrix(this.rows, o.cols);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < o.cols; j++) {
        let sum = 0;
        for (let k = 0; k < this.cols; k++) sum += this.get(i, k) * o.get(k, j);
        out.set(i, j, sum);
      }
    return out;
  }
  toString() {
    const lines = [];
    for (let i = 0; i < this.rows; i++) lines.push(this.data.slice(i * this.cols, (i + 1) * this.cols).join(' '));
    return lines.join('\n');
  }
}
const a = new Matrix(2, 2).set(0, 0, 1).set(0, 1, 2).set(1, 0, 3).set(1, 1, 4);
console.log(String(a.multiply(a)));
console.log(String(a.multiply(Matrix.identity(2))), Matrix.created);
