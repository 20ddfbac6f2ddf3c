// The import forms on builtin modules: default, namespace, named with
// renaming, `default as`, string names, and a side-effect import.
import 'node:timers';
import proc, * as processNamespace from 'node:process';
import { default as alsoProcess, 'nextTick' as tick } from 'process';
import consoleDefault, { log as print, error } from 'node:console';
print(proc === alsoProcess, processNamespace.default === proc, tick === proc.nextTick);
print(typeof processNamespace.nextTick, consoleDefault === console, typeof error);
const describe = Object.prototype.toString.call(processNamespace);
print(describe);
export { proc as default, print };
