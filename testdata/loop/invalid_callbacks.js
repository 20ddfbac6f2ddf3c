try { queueMicrotask('nope'); } catch (e) { console.log(e.name, e.code); }
try { process.nextTick(42); } catch (e) { console.log(e.name, e.code); }
try { setTimeout('code string'); } catch (e) { console.log(e.name, e.code); }
try { setImmediate(null); } catch (e) { console.log(e.name, e.code); }
try { new Promise(1); } catch (e) { console.log(e.name, e.message); }
try { Promise.resolve.call(undefined, 1); } catch (e) { console.log(e.name, e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.name, e.message); }
setTimeout(() => console.log('timeout with a negative delay runs like 1ms'), -5);
setTimeout(() => console.log('timeout with NaN delay runs like 1ms'), NaN);
console.log('sync end');
