// A load generator in a process of its own (forked by scale-bench.mjs), so that the service's process has its
// core to itself, as it has in production where the clients are elsewhere. Each message gives requests
// ({ url, method, headers, body }) and a concurrency; the answer gives each request's time in ms, how many
// failed, the wall time in seconds and this process's CPU milliseconds.
import { request } from './support.mjs';

process.on('message', async ({ requests, concurrency }) => {
  const times = [];
  let failed = 0;
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { url, ...init } = requests[next++];
        const t = performance.now();
        const res = await request(url, init).catch(() => ({ ok: false }));
        times.push(performance.now() - t);
        if (!res.ok) failed++;
      }
    }),
  );
  const { user, system } = process.cpuUsage(cpu);
  process.send({ times, failed, seconds: (performance.now() - started) / 1000, cpuMs: (user + system) / 1000 });
});
process.on('disconnect', () => process.exit(0));
