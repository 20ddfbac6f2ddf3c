const fail = () => Promise.reject(new Error('boom'));
async function withoutAwait() {
  try {
    return fail();
  } catch (e) {
    return 'never: try does not see the rejection';
  }
}
async function withAwait() {
  try {
    return await fail();
  } catch (e) {
    return 'caught ' + e.message;
  }
}
withoutAwait().then(v => console.log('without await:', v), e => console.log('without await rejects:', e.message));
withAwait().then(v => console.log('with await:', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
