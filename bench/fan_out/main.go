// Command fan_out compares 1,000,000 async calls under one Promise.all,
// compiled by js2go, with node: go run ./bench/fan_out [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `async function f(i) { const v = await i; return v * 2; }
async function main() {
  const r = await Promise.all(Array.from({ length: 1e6 }, (_, i) => f(i)));
  let s = 0;
  for (let k = 0; k < r.length; k++) s += r[k];
  console.log(s);
}
main();
`

func main() { ratio.Main("fan_out", workload) }
