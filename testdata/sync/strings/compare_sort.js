const items = ['banana', 'Apple', 'cherry', 'apple', '10', '9', 'Banana'];
console.log([...items].sort());
console.log([...items].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
console.log([...items].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
console.log('a' < 'B', 'a'.toUpperCase() < 'B', 'Z' < 'a', '' < 'a');
