// Command timers compares 1,000,000 setTimeout(…, 0) compiled by js2go with
// node: go run ./bench/timers [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `let sum = 0, pending = 0;
function fired() { if (--pending === 0) console.log(sum); }
for (let i = 0; i < 1000000; i++) { pending++; setTimeout(() => { sum += i; fired(); }, 0); }
`

func main() { ratio.Main("timers", workload) }
