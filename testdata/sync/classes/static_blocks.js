class Config {
  static defaults = { retries: 3 };
  static registry = [];
  static {
    Config.registry.push('first');
    this.ready = true;
  }
  static #secret = 'hidden';
  static {
    Config.revealed = Config.#secret.toUpperCase();
  }
  static register(name) { this.registry.push(name); return this; }
}
Config.register('second').register('third');
console.log(Config.registry, Config.ready, Config.revealed, Config.defaults);
class Sub extends Config {
  static { this.subReady = super.ready; }
}
console.log(Sub.subReady, Sub.registry === Config.registry, Object.keys(Sub));
