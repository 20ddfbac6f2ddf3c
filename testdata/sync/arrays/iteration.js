const nums = [1, 2, 3, 4, 5, 6];
console.log(nums.map(n => n * n), nums.filter(n => n % 2), nums.reduce((s, n) => s + n, 0), nums.reduceRight((s, n) => s + n, ''));
console.log(nums.find(n => n > 3), nums.findIndex(n => n > 3), nums.findLast(n => n < 3), nums.findLastIndex(n => n > 10));
console.log(nums.some(n => n > 5), nums.every(n => n > 0), nums.every(n => n > 1));
nums.forEach((n, i, arr) => { if (i === 0) console.log('forEach gets', n, i, arr.length); });
console.log([[1, 2], [3, [4, [5]]]].flat(), [[1, 2], [3, [4, [5]]]].flat(Infinity), [1, 2].flatMap(x => [x, x * 10]));
console.log(Array.from({ length: 4 }, (_, i) => i * 2), Array.of(7, 8), Array.from('abc'), Array.from(new Set([1, 1, 2])));
console.log([...nums.keys()], [...'ab'.split('').entries()], [...[9, 8].values()]);
