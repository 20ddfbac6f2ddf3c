const raw = `{
  "servers": [
    { "host": "alpha", "port": 80, "tags": ["web"] },
    { "host": "beta", "port": 8080, "tags": ["api", "internal"] },
    { "host": "gamma", "port": 443, "tags": [] }
  ],
  "defaults": { "timeout": 30, "retries": 2 }
}`;
const cfg = JSON.parse(raw);
const servers = cfg.servers.map(s => ({ ...cfg.defaults, ...s, url: `${s.port === 443 ? 'https' : 'http'}://${s.host}:${s.port}` }));
console.log(servers.map(s => s.url));
console.log(JSON.stringify(servers.filter(s => s.tags.length).map(({ host, tags }) => ({ host, tags })), null, 1));
