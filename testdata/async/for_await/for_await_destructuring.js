async function* entries() { yield ["a", {}]; yield ["b", { deep: [2, 3] }]; }
(async () => { for await (const [k, v] of entries()) console.log(k, v);
  for await (const [k, { deep: [, x] = [0, 9] }] of entries()) console.log(k, x);
  let last; for await (last of [Promise.resolve("p"), "q"]); console.log("last", last);
  const o = {}; for await (o.prop of entries()); console.log(o); })();
