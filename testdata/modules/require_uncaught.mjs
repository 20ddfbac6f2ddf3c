// An uncaught ReferenceError for require is explained by node's loader.
console.log('before');
const fs = require('fs');
console.log('never', fs);
