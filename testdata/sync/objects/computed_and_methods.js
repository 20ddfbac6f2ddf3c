const prefix = 'get';
let i = 0;
const api = {
  [prefix + 'Name']() { return 'name'; },
  [`${prefix}Id`]: () => 7,
  [++i]: 'one',
  [++i]: 'two',
  async [prefix + 'Async']() { return 1; },
  *[prefix + 'Gen']() { yield 1; },
  get [prefix]() { return 'getter'; },
};
console.log(api.getName(), api.getId(), api[1], api[2], api.get, Object.keys(api));
console.log(api.getName.name, api.getId.name, Object.getOwnPropertyDescriptor(api, 'get').get.name);
console.log(api);
