// "type": "commonjs" turns module syntax detection off: this file is
// CommonJS, so `await` is an ordinary identifier here.
var await = (x) => 'called with ' + x;
console.log(await(1), this === module.exports);
