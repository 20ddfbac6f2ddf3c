const Status = Object.freeze({ TODO: 'todo', DOING: 'doing', DONE: 'done' });
let nextId = 1;
const todos = [];
function addTodo(title, { priority = 2, tags = [], due = null } = {}) {
  const todo = { id: nextId++, title, priority, tags, due, status: Status.TODO };
  todos.push(todo);
  return todo;
}
function move(id, status) {
  const t = todos.find((t) => t.id === id);
  if (!t) throw new Error(`no todo #${id}`);
  if (!Object.values(Status).includes(status)) throw new TypeError(`bad status ${status}`);
  t.status = status;
}
addTodo('write parser', { priority: 1, tags: ['code'] });
addTodo('buy milk', { tags: ['home', 'errand'], due: '2024-05-01' });
addTodo('review PR #42', { priority: 1, tags: ['code', 'review'] });
addTodo('call mom');
move(1, Status.DOING);
move(3, Status.DONE);
for (const [id, s] of [[9, Status.DONE], [2, 'lost']]) {
  try { move(id, s); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
const byStatus = Object.groupBy ? 'native' : todos.reduce((acc, t) => ({ ...acc, [t.status]: [...(acc[t.status] ?? []), t.title] }), {});
console.log(byStatus);
const sorted = todos.toSorted ? 'hasToSorted' : [...todos].sort((a, b) => a.priority - b.priority || a.title.localeCompare(b.title));
console.log(sorted);
const tagIndex = new Map();
for (const t of todos) for (const tag of t.tags) tagIndex.set(tag, [...(tagIndex.get(tag) || []), t.id]);
console.log(tagIndex);
console.log(todos.map(({ id, title, status }) => `#${id} [${status === 'done' ? 'x' : ' '}] ${title}`).join('\n'));
console.log(JSON.stringify(todos.filter((t) => t.due), null, 2));
console.log(todos.every((t) => t.id > 0), todos.some((t) => t.status === 'doing'), todos.findLast((t) => t.priority === 1).title, todos.findLastIndex((t) => t.tags.length === 0));
