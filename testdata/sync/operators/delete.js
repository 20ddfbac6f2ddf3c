const o = { a: 1, b: 2, c: { d: 4 } };
console.log(delete o.a, o, delete o.missing, delete o.c.d, o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr);
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
(function () {
  'use strict';
  try {
    delete frozen.k;
  } catch (e) {
    console.log(e.name);
  }
})();
console.log(delete 42);
