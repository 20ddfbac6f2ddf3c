// A job queue built on EventEmitter: workers pull jobs, events report progress.
const EventEmitter = require('events');
class JobQueue extends EventEmitter {
  constructor(concurrency) { super(); this.concurrency = concurrency; this.running = 0; this.pending = []; this.results = []; }
  add(name, ms) { this.pending.push({ name, ms }); this.emit('added', name, this.pending.length); this.next(); return this; }
  next() {
    while (this.running < this.concurrency && this.pending.length) {
      const job = this.pending.shift();
      this.running++;
      this.emit('start', job.name);
      setTimeout(() => {
        this.running--;
        if (job.name.startsWith('bad')) this.emit('failed', job.name, new Error(job.name + ' exploded'));
        else { this.results.push(job.name); this.emit('done', job.name); }
        if (!this.running && !this.pending.length) this.emit('drain', this.results.slice());
        else this.next();
      }, job.ms);
    }
  }
}
const q = new JobQueue(2);
q.on('added', (n, len) => console.log('added', n, 'queue', len));
q.on('start', (n) => console.log('start', n));
q.on('done', (n) => console.log('done', n));
q.on('failed', (n, err) => console.log('failed', n, err.message));
q.once('drain', (r) => console.log('drained', r, q.listenerCount('drain')));
q.add('a', 20).add('b', 100).add('bad-c', 40).add('d', 20);
