class NotFoundError extends Error { constructor(what) { super(`${what} not found`); this.name = 'NotFoundError'; } }
const db = { users: { 1: { id: 1, name: 'ann' } }, orders: { 1: [{ total: 5 }, { total: 7 }] } };
async function fetchUser(id) { await null; if (!db.users[id]) throw new NotFoundError(`user ${id}`); return db.users[id]; }
async function fetchOrders(id) { await null; return db.orders[id] ?? []; }
async function getUserData(id) {
  try {
    const user = await fetchUser(id);
    const orders = await fetchOrders(user.id);
    return { user, total: orders.reduce((s, o) => s + o.total, 0) };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
async function main() {
  console.log(await getUserData(1));
  console.log(await getUserData(2));
}
main();
