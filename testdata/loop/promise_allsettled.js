const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.allSettled([delay(10, 'ok'), delay(5, 'bad', true), 42, Promise.reject('raw reason')])
  .then(results => {
    for (const r of results) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason.message : r.reason);
    console.log(results.length);
  });
