const settings = { theme: { colors: { primary: 'blue' } } };
const { theme: { colors: { primary, secondary = 'gray' } = {}, font = 'sans' } = {}, lang = 'en' } = settings;
console.log(primary, secondary, font, lang);
const { missing: { deep = 'safe' } = {} } = {};
console.log(deep);
const [[a = 1] = [], { b = 2 } = {}] = [];
console.log(a, b);
const { 0: zero, length, [length - 1]: last } = ['first', 'mid', 'end'];
console.log(zero, length, last);
