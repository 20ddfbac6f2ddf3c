console.log('throwing a number');
throw 42;
