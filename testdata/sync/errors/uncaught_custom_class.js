class DatabaseError extends Error {
  constructor(msg, query) {
    super(msg);
    this.name = 'DatabaseError';
    this.query = query;
  }
}
function run(q) {
  if (q.includes('DROP')) throw new DatabaseError('refusing to run destructive query', q);
  return 'ok';
}
console.log(run('SELECT 1'));
console.log(run('DROP TABLE users'));
