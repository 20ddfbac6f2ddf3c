// toFixed/toPrecision/toExponential rounding exactly as V8 (binary values, halves, big and tiny numbers).
const xs = [0, -0, 1.005, 1.045, 2.5, -2.5, 1.45, 8.345, 0.000001234, 123.456, 1e21, 1.23e-10, -1.5e-7, 999.995, 0.5, 1.255, 10.235, 5e-324, 1.7976931348623157e308, 25, -1];
for (const x of xs) {
  console.log(x, x.toFixed(), x.toFixed(2), x.toFixed(5), x.toPrecision(1), x.toPrecision(3), x.toPrecision(8), x.toExponential(), x.toExponential(2));
}
console.log((1e21).toFixed(2), (1e20).toFixed(2), (123.456).toFixed(10), (0.1).toFixed(20), (0.1 + 0.2).toFixed(17));
console.log((1.23456789e-7).toPrecision(4), (123456).toPrecision(2), (123456).toPrecision(6), (0.00001).toPrecision(1));
console.log((NaN).toFixed(2), (Infinity).toPrecision(3), (-Infinity).toExponential(1), NaN.toPrecision(), (12.5).toPrecision());
console.log((1.5).toFixed(100).length, (1).toExponential(100).length, (2).toPrecision(100).length);
for (const [m, arg] of [['toFixed', 101], ['toFixed', -1], ['toPrecision', 0], ['toPrecision', 101], ['toExponential', -1], ['toExponential', 101]]) {
  try { (1)[m](arg); } catch (e) { console.log(m, arg, e.name + ': ' + e.message); }
}
try { Number.prototype.toFixed.call('1', 2); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Number.prototype.toPrecision.call({}, 2); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Number.prototype.toFixed.call(new Number(3.14159), 3), (5).toFixed('2'), (5).toFixed(2.9), (5).toFixed(null));
try { (NaN).toFixed(200); } catch (e) { console.log('NaN.toFixed(200)', e.name + ': ' + e.message); }
console.log((0.000001).toFixed(7), (-0.0000005).toFixed(6), (-1e-7).toFixed(2));
const money = n => '$' + n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
console.log([0, 1234.5, 1234567.891, -9876.543, 0.005, 0.015].map(money));
