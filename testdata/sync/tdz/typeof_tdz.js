try {
  console.log(typeof notYet);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
let notYet = 1;
console.log(typeof notYet, typeof neverDeclared);
