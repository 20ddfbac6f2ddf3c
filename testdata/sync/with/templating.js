// A classic with-based template and a little DSL.
function render(template, data) {
  const parts = template.split(/\{\{(\w+)\}\}/);
  with (data) {
    return parts.map((p, i) => (i % 2 ? String(eval_(p)) : p)).join('');
  }
  function eval_(name) { return data[name]; }
}
console.log(render('Hello {{name}}, you are {{age}}.', { name: 'Ada', age: 36 }));

function greet(user) {
  with (user) {
    return `${title ? title + ' ' : ''}${first} ${last}`.trim();
  }
}
console.log(greet({ title: 'Dr', first: 'Grace', last: 'Hopper' }));
console.log(greet({ title: '', first: 'Alan', last: 'Turing' }));

// A tiny drawing DSL: commands are methods of the with object.
const canvas = {
  out: [],
  move(x, y) { this.out.push(`M${x},${y}`); return this; },
  line(x, y) { this.out.push(`L${x},${y}`); return this; },
  close() { this.out.push('Z'); },
};
with (canvas) {
  move(0, 0);
  line(10, 0);
  line(10, 10);
  close();
  console.log(out.join(' '));
}
