async function foo() {
  const result1 = await new Promise(resolve => setTimeout(() => resolve('1'), 5));
  console.log('stage 1 done', result1);
  const result2 = await new Promise(resolve => setTimeout(() => resolve('2'), 5));
  console.log('stage 2 done', result2);
  return result1 + result2;
}
foo().then(r => console.log('result', r));
console.log('foo is running in the background');
