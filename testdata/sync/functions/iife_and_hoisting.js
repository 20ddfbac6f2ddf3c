var result = (function () {
  var private1 = 'secret';
  return { reveal: () => private1 };
})();
console.log(result.reveal());
console.log(typeof later, later);
var later = 'assigned';
console.log(later);
(() => {
  console.log(typeof inner);
  function inner() {}
  if (true) {
    function blockFn() { return 'block'; }
  }
  console.log(blockFn());
})();
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
