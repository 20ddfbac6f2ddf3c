const name = 'global';
function show(name) {
  console.log('param', name);
  {
    const name = 'block';
    console.log('block', name);
  }
  return () => name;
}
console.log(show('arg')());
function varShadow() {
  var n = 1;
  if (true) { var n = 2; }
  return n;
}
console.log(varShadow());
const fn = function fn() { return typeof fn; };
console.log(fn());
function paramAndVar(a) { var a; return a; }
console.log(paramAndVar(7));
function paramAndFn(a) { function a() {} return typeof a; }
console.log(paramAndFn(7));
