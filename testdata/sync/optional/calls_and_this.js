const api = {
  base: 'v1',
  fetch(path) { return `${this.base}/${path}`; },
};
console.log(api.fetch?.('users'), api?.fetch('items'), api.fetch?.call({ base: 'v2' }, 'x'));
const handlers = { onClick: null, onHover: () => 'hovered' };
console.log(handlers.onClick?.(), handlers.onHover?.());
const maybeFn = undefined;
console.log(maybeFn?.(console.log('args not evaluated')));
try {
  api.missing?.call();
  console.log('no throw');
  api.base?.();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
