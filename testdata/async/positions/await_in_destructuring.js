const fetchPair = async () => [1, { name: 'n', tags: ['t1'] }];
async function main() {
  const [id, { name, tags: [firstTag] }] = await fetchPair();
  console.log(id, name, firstTag);
  const { a = await Promise.resolve('default a'), b } = { b: 'b' };
  console.log(a, b);
  const params = async ({ x, y } = { x: 'default', y: '!' }) => `${await x}${y}`;
  console.log(await params({ x: 1, y: 2 }), await params());
  let p, q;
  [p, q] = await Promise.all([Promise.resolve('P'), 'Q']);
  console.log(p, q);
}
main().catch(e => console.log(e.name, e.message));
