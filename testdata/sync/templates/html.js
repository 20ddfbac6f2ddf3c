function html(strings, ...values) {
  const escape = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return strings.reduce((out, s, i) => out + s + (i < values.length ? escape(values[i]) : ''), '');
}
const title = '<script>alert("x")</script>';
const items = ['a & b', 'c > d'];
console.log(html`<h1>${title}</h1>`);
console.log(`<ul>${items.map(i => html`<li>${i}</li>`).join('')}</ul>`);
