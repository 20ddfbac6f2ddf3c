console.log('setting exitCode');
process.exitCode = 4;
console.log('script continues to the end');
