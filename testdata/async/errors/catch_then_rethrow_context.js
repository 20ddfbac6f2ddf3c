async function risky() {
  await null;
  throw new Error('low-level failure');
}
async function operation() {
  try {
    return await risky();
  } catch (error) {
    throw new Error(`operation failed: ${error.message}`, { cause: error });
  }
}
operation().catch(e => {
  console.log(e.message);
  console.log('cause:', e.cause.message);
});
