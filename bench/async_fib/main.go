// Command async_fib compares async fib(25), each call awaiting its two
// children, compiled by js2go with node: go run ./bench/async_fib [-n runs].
package main

import "github.com/js2go/js2go/bench/ratio"

const workload = `async function fib(n) {
  if (n < 2) return n;
  const a = await fib(n - 1);
  const b = await fib(n - 2);
  return a + b;
}
fib(25).then(v => console.log(v));
`

func main() { ratio.Main("async_fib", workload) }
