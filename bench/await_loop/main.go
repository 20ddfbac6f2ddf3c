// Command await_loop compares 5,000,000 sequential awaits in one async
// function compiled by js2go with node: go run ./bench/await_loop [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `async function main() {
  let s = 0;
  for (let i = 0; i < 5000000; i++) { s += await i; }
  console.log(s);
}
main();
`

func main() { ratio.Main("await_loop", workload) }
