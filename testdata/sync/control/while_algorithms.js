function gcd(a, b) { while (b) [a, b] = [b, a % b]; return a; }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9));
function collatz(n) { let steps = 0; while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps; }
console.log([1, 7, 27, 97].map(collatz));
function primes(limit) {
  const sieve = new Array(limit + 1).fill(true);
  sieve[0] = sieve[1] = false;
  for (let i = 2; i * i <= limit; i++) if (sieve[i]) for (let j = i * i; j <= limit; j += i) sieve[j] = false;
  return sieve.reduce((acc, isP, i) => (isP && acc.push(i), acc), []);
}
console.log(primes(60));
let digits = 0, num = 1234567;
do { digits++; num = Math.floor(num / 10); } while (num > 0);
console.log(digits);
