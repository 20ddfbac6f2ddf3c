import path, { join, basename } from 'node:path';
import * as ns from 'path';
console.log(join('a', 'b'), basename('/x/y.z', '.z'), ns.default === path, typeof ns.parse, ns.sep);
console.log(Object.keys(path).filter((k) => k !== 'matchesGlob' && k !== 'win32'));
console.log(path.dirname.name, path.dirname.length, path.resolve.length, path.toNamespacedPath('a/b'));
