// A name a builtin module does not export is a SyntaxError before the
// module runs.
import { noSuchExport } from 'node:timers/promises';
console.log('never', noSuchExport);
