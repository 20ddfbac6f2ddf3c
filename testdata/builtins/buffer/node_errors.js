try { Buffer.alloc(1).readUInt8(5); } catch (e) { console.log(Object.getPrototypeOf(e) === RangeError.prototype, e instanceof RangeError, e.constructor.name, Object.getOwnPropertyNames(e).sort(), Object.getOwnPropertyNames(Object.getPrototypeOf(e)), String(e)); }
try { new TextDecoder('x'); } catch (e) { console.log(String(e), e instanceof RangeError); }
try { atob('!'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof Error); }
