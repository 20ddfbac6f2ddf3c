// Anonymous default exports: a function (hoisted, named "default") and a
// class expression statement form.
export default function () { return 'anon'; }
const Klass = class {};
export { Klass };
console.log(Klass.name, typeof Klass);
