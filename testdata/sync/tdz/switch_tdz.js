function f(n) {
  switch (n) {
    case 0:
      let msg = 'zero';
      return msg;
    case 1:
      try {
        return msg;
      } catch (e) {
        return e.name + ': ' + e.message;
      }
  }
}
console.log(f(0));
console.log(f(1));
