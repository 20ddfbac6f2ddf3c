for (const src of [
  () => { const [{ p }] = [null]; },
  () => { const { a: { p } } = { a: null }; },
  () => { const [{}] = [null]; },
  () => { const [{ q } = undefined] = []; },
  () => { const { p } = null; },
  () => { function f([{ p }]) {} f([undefined]); },
  () => { const [{ ok }] = [{ ok: 1 }]; console.log('fine', ok); },
]) { try { src(); } catch (e) { console.log(e.message); } }
