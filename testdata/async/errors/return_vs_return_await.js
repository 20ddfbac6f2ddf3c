async function rejectLater() {
  await null;
  throw new Error('inner rejection');
}
async function withoutAwait() {
  try {
    return rejectLater();
  } catch (e) {
    console.log('never: plain return escapes the try');
  }
}
async function withAwait() {
  try {
    return await rejectLater();
  } catch (e) {
    return 'caught locally: ' + e.message;
  }
}
withoutAwait().catch(e => console.log('caller caught:', e.message));
withAwait().then(v => console.log(v));
