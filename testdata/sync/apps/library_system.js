const books = [
  { isbn: '978-0', title: 'Dune', author: 'Herbert', year: 1965, copies: 2 },
  { isbn: '978-1', title: 'Neuromancer', author: 'Gibson', year: 1984, copies: 1 },
  { isbn: '978-2', title: 'Foundation', author: 'Asimov', year: 1951, copies: 3 },
  { isbn: '978-3', title: 'I, Robot', author: 'Asimov', year: 1950, copies: 0 },
];
const loans = new Map();
function checkout(member, isbn) {
  const book = books.find((b) => b.isbn === isbn);
  if (!book) throw new Error(`unknown isbn ${isbn}`);
  if (book.copies === 0) return { ok: false, reason: `"${book.title}" unavailable` };
  const mine = loans.get(member) ?? [];
  if (mine.length >= 2) return { ok: false, reason: `${member} at limit` };
  book.copies--;
  loans.set(member, [...mine, isbn]);
  return { ok: true };
}
function giveBack(member, isbn) {
  const mine = loans.get(member) || [];
  const i = mine.indexOf(isbn);
  if (i < 0) return false;
  mine.splice(i, 1);
  books.find((b) => b.isbn === isbn).copies++;
  if (!mine.length) loans.delete(member);
  return true;
}
const ops = [['ann', '978-0'], ['bob', '978-0'], ['cy', '978-0'], ['ann', '978-3'], ['ann', '978-2'], ['ann', '978-1'], ['dee', 'nope']];
for (const [m, i] of ops) {
  try { console.log(m, i, checkout(m, i)); } catch (e) { console.log(m, i, 'error:', e.message); }
}
console.log(giveBack('ann', '978-0'), giveBack('ann', '978-0'), loans);
const byAuthor = {};
for (const { author, title } of books) (byAuthor[author] ??= []).push(title);
console.log(byAuthor);
const decades = books.reduce((acc, b) => { const d = `${Math.floor(b.year / 10) * 10}s`; acc.set(d, (acc.get(d) ?? 0) + 1); return acc; }, new Map());
console.log([...decades].sort(([a], [b]) => a.localeCompare(b)));
console.log(books.map(({ title, copies }) => `${title}${copies ? '' : ' (out)'}`).join('; '));
const { title: oldest } = books.reduce((a, b) => (a.year < b.year ? a : b));
console.log(`oldest: ${oldest}`, books.filter(({ author }) => author.startsWith('A')).length);
