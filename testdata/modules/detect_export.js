// An export alone makes a .js file a module.
export const x = 1;
console.log('module', this, x);
