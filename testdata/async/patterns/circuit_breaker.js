let now = 0;
const clock = () => now;
class CircuitBreaker {
  constructor(threshold = 3, timeout = 100) {
    this.failures = 0;
    this.threshold = threshold;
    this.timeout = timeout;
    this.state = 'CLOSED';
    this.nextAttempt = 0;
  }
  async execute(fn) {
    if (this.state === 'OPEN') {
      if (clock() < this.nextAttempt) throw new Error('Circuit breaker is OPEN');
      this.state = 'HALF_OPEN';
    }
    try {
      const result = await fn();
      this.onSuccess();
      return result;
    } catch (error) {
      this.onFailure();
      throw error;
    }
  }
  onSuccess() { this.failures = 0; this.state = 'CLOSED'; }
  onFailure() {
    this.failures++;
    if (this.failures >= this.threshold) {
      this.state = 'OPEN';
      this.nextAttempt = clock() + this.timeout;
    }
  }
}
let healthy = false;
async function service() {
  await null;
  if (!healthy) throw new Error('service down');
  return 'service ok';
}
async function main() {
  const breaker = new CircuitBreaker(3, 100);
  for (let i = 1; i <= 8; i++) {
    now += 30;
    if (i === 6) healthy = true;
    try {
      console.log(i, await breaker.execute(service), breaker.state);
    } catch (e) {
      console.log(i, 'error:', e.message, breaker.state, breaker.failures);
    }
  }
}
main();
