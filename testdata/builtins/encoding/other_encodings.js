const codes = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
for (const label of ['latin1', 'ascii', 'ISO-8859-1', 'windows-1252', 'cp1252', 'utf-16be', 'unicodefffe']) {
  const d = new TextDecoder(label);
  console.log(label, d.encoding, d);
}
const bytes = new Uint8Array([0x41, 0x80, 0x81, 0x8d, 0x99, 0x9f, 0xa0, 0xe9, 0xff]);
console.log(codes(new TextDecoder('latin1').decode(bytes)), new TextDecoder('ascii', { fatal: true }).decode(new Uint8Array([0x68, 0x69])));
const be = new TextDecoder('utf-16be');
console.log(be.decode(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0])), codes(be.decode(new Uint8Array([0xfe, 0xff, 0, 0x42]))), codes(be.decode(new Uint8Array([0xd8, 0x00, 0, 0x43]))));
const s = new TextDecoder('utf-16be');
console.log(JSON.stringify(s.decode(new Uint8Array([0xd8, 0x3d, 0xde]), { stream: true })), JSON.stringify(s.decode(new Uint8Array([0x00]))));
try { new TextDecoder('utf-16be', { fatal: true }).decode(new Uint8Array([0xdc, 0])); } catch (e) { console.log(e.name, e.code, e.message); }
