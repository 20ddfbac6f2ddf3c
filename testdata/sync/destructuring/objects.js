const config = { host: 'localhost', port: 8080, auth: { user: 'admin', roles: ['r', 'w'] } };
const { host, port: serverPort, protocol = 'http', auth: { user, roles: [firstRole] } } = config;
console.log(host, serverPort, protocol, user, firstRole);
const { host: _h, ...others } = config;
console.log(others);
const key = 'port';
const { [key]: dynamic } = config;
console.log(dynamic);
let a, b;
({ a, b = 'bee' } = { a: 'ay' });
console.log(a, b);
const { length } = 'hello';
const { toFixed } = 5;
console.log(length, typeof toFixed);
try {
  const { nope } = null;
} catch (e) {
  console.log(e.name, e.message);
}
