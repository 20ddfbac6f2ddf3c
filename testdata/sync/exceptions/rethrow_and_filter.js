class ValidationError extends Error {
  constructor(field, msg) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
function validate(user) {
  if (!user.name) throw new ValidationError('name', 'name is required');
  if (user.age < 0) throw new ValidationError('age', 'age must be positive');
  if (user.age > 150) throw new RangeError('unrealistic age');
  return true;
}
for (const u of [{ name: 'a', age: 3 }, { age: 3 }, { name: 'b', age: -1 }, { name: 'c', age: 200 }]) {
  try {
    try {
      console.log('valid', validate(u));
    } catch (e) {
      if (e instanceof ValidationError) console.log(`invalid ${e.field}: ${e.message}`);
      else throw e;
    }
  } catch (outer) {
    console.log('outer got', outer.name, outer.message);
  }
}
