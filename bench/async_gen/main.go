// Command async_gen compares an async generator yielding 1,000,000 numbers,
// consumed by for await, compiled by js2go with node:
// go run ./bench/async_gen [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `async function* gen(n) { for (let i = 0; i < n; i++) yield i; }
async function main() {
  let s = 0;
  for await (const v of gen(1e6)) s += v;
  console.log(s);
}
main();
`

func main() { ratio.Main("async_gen", workload) }
