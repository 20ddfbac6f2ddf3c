// Imported bindings are immutable: assigning one throws, and an import can be
// exported again.
import { setTimeout as s } from 'node:timers/promises';
import tp from 'node:timers/promises';
console.log(typeof s, tp.setTimeout === s);
try { s = 1; } catch (e) { console.log(e.name, e.message); }
try { tp = 1; } catch (e) { console.log(e.name, e.message); }
const f = () => { s++; };
try { f(); } catch (e) { console.log(e.name, e.message); }
console.log(typeof s);
export { s as sleep };
export { tp };
