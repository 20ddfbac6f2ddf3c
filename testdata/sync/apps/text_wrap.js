function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > width) {
      if (line) { lines.push(line); line = ''; }
      for (let i = 0; i < word.length; i += width) lines.push(word.slice(i, i + width));
      continue;
    }
    if ((line + ' ' + word).trim().length > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
const para = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Supercalifragilisticexpialidocious words get split.';
for (const w of [20, 35]) {
  console.log(`--- width ${w}`);
  for (const l of wrap(para, w)) console.log(`|${l.padEnd(w)}|`);
}
const center = (s, w, fill = ' ') => { const total = w - s.length; if (total <= 0) return s; const left = Math.floor(total / 2); return fill.repeat(left) + s + fill.repeat(total - left); };
console.log(center('Title', 21, '*'), center('toolongvalue', 4));
const box = (lines) => { const w = Math.max(...lines.map((l) => l.length)); return ['┌' + '─'.repeat(w + 2) + '┐', ...lines.map((l) => `│ ${l.padEnd(w)} │`), '└' + '─'.repeat(w + 2) + '┘'].join('\n'); };
console.log(box(['hello', 'wide world', '✓ done']));
const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
console.log(['short', 'a much longer sentence here'].map((s) => truncate(s, 10)));
console.log('  trim me  '.trimStart() + '|', '|' + '  trim me  '.trimEnd(), 'abc'.at(-1), 'abcdef'.substring(4, 1), 'abcdef'.substr(-3, 2), 'abc'.codePointAt(1), String.fromCharCode(72, 105), 'a-b-c'.split('-', 2));
console.log('😀 emoji'.length, [...'😀 emoji'].length, '😀'.charCodeAt(0), '😀'.codePointAt(0), 'x'.normalize('NFD'), 'ab'.localeCompare('ac'), 'Hello'.startsWith('ell', 1), 'Hello'.endsWith('ell', 4));
