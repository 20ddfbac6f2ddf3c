// Command promise_chain compares a chain of 1,000,000 .then calls compiled
// by js2go with node: go run ./bench/promise_chain [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `let p = Promise.resolve(0);
for (let i = 0; i < 1000000; i++) p = p.then(x => x + 1);
p.then(v => console.log(v));
`

func main() { ratio.Main("promise_chain", workload) }
