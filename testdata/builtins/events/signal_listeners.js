// events.getEventListeners and get/setMaxListeners on an AbortSignal.
const { getEventListeners, getMaxListeners, setMaxListeners } = require('events');
const ac = new AbortController(); const s = ac.signal;
function a() {} const h = { handleEvent() {} };
s.addEventListener('abort', a); s.onabort = function on() {}; s.addEventListener('abort', h, {once: true});
console.log(getEventListeners(s, 'abort'), getEventListeners(s, 'other'));
console.log(getMaxListeners(s));
setMaxListeners(5, s); console.log(getMaxListeners(s));
try { getEventListeners({}, 'x') } catch (e) { console.log(e.code, e.message) }
try { getMaxListeners(1) } catch (e) { console.log(e.code, e.message) }
