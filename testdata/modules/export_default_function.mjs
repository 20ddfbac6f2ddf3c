// export default of a named function declaration is hoisted; its name
// binds in the module.
console.log(greet('early'), greet.name);
export default function greet(who) {
  return 'hello ' + who;
}
export function helper() { return greet('helper'); }
console.log(helper());
