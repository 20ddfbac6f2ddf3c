// An uncaught error with extra properties: node prints the stack and the properties, exit 1.
console.log('before');
const err = new Error('fatal problem');
err.code = 'E_FATAL';
err.details = { attempt: 3 };
throw err;
