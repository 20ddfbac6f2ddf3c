// Trigonometry as geometry code uses it: results must equal V8's to the last digit.
const toRad = d => (d * Math.PI) / 180;
function haversine(lat1, lon1, lat2, lon2) {
  const R = 6371;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}
console.log(haversine(51.5074, -0.1278, 48.8566, 2.3522));
console.log(haversine(40.7128, -74.006, 34.0522, -118.2437));
console.log(haversine(-33.8688, 151.2093, 35.6762, 139.6503));
for (let d = 0; d <= 360; d += 15) {
  console.log(d, Math.sin(toRad(d)), Math.cos(toRad(d)), Math.tan(toRad(d)));
}
const points = [[3, 4], [-1, 1], [0, -2], [-3, -3], [5, 0]];
for (const [x, y] of points) {
  console.log(x, y, Math.hypot(x, y), Math.atan2(y, x), (Math.atan2(y, x) * 180) / Math.PI);
}
console.log(Math.asin(0.5), Math.acos(0.5), Math.atan(1), Math.asin(2), Math.acos(-1), Math.atan(Infinity));
const rotate = ([x, y], deg) => [x * Math.cos(toRad(deg)) - y * Math.sin(toRad(deg)), x * Math.sin(toRad(deg)) + y * Math.cos(toRad(deg))];
console.log(rotate([1, 0], 90), rotate([1, 1], 45), rotate([2, 3], 30));
console.log(Math.sin(1e10), Math.cos(1e22), Math.tan(1e300), Math.sin(-0), Math.cos(Infinity));
console.log(Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(-0, 0), Math.atan2(1, 0), Math.atan2(Infinity, -Infinity));
