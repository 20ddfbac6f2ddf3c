setTimeout(() => console.log('huge delay overflows to 1ms'), 2 ** 31);
setTimeout(() => console.log('undefined delay'), undefined);
setTimeout(() => console.log('fractional delay 20.9'), 20.9);
setTimeout(() => console.log('string delay "40"'), '40');
setTimeout(() => console.log('object delay via valueOf 60'), { valueOf() { return 60; } });
setInterval(function () {
  console.log('interval this is the Timeout:', this.constructor.name);
  clearInterval(this);
}, 80);
