function* lines(s) { let start = 0; for (let i = 0; i < s.length; i++) if (s[i] === "\n") { yield s.slice(start, i); start = i + 1; } if (start < s.length) yield s.slice(start); }
function* tokens(line) { const re = /\w+|[^\s\w]/g; let m; while ((m = re.exec(line))) yield m[0]; }
const text = "let x = 1;\nfoo(bar, 2)\n\nend";
for (const [i, l] of [...lines(text)].entries()) console.log(i, JSON.stringify(l), [...tokens(l)]);
