var out = [];
for (var i = 0; i < 3; i++) {
  (function (j) {
    out.push(function () { return j; });
  })(i);
}
console.log(out.map(f => f()), i);
var handlers = {};
['click', 'hover'].forEach(function (name, idx) {
  handlers[name] = function () { return name + '#' + idx; };
});
console.log(handlers.click(), handlers.hover());
