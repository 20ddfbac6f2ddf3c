function* trafficLight() { while (true) { const cmd = yield "green"; if (cmd === "off") return "off"; yield "yellow"; yield "red"; } }
const t = trafficLight();
const out = [];
for (let i = 0; i < 7; i++) out.push(t.next().value);
console.log(out.join(","));
console.log(t.next("off"));
console.log(t.next(), t.next(), t.next("off"));
