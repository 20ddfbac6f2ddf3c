import { Buffer as B, atob as a, btoa as b, constants, kMaxLength, INSPECT_MAX_BYTES, isUtf8, isAscii } from 'node:buffer';
import buffer from 'buffer';
console.log(B === Buffer, a === atob, b === btoa, buffer.Buffer === Buffer, constants.MAX_LENGTH === kMaxLength, INSPECT_MAX_BYTES);
console.log(isUtf8(Buffer.from('héllo')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')));
console.log(B.from('import works').toString('base64url'));
