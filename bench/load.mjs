// A load generator in a process of its own (forked by scale-bench.mjs), so that the service's process has its
// core to itself, as it has in production where the clients are elsewhere. Each message gives requests
// ({ url, method, headers, body }) and a concurrency; the answer gives each request's time in ms, how many
// failed, the wall time in seconds and this process's CPU milliseconds (`loadCpuMs`).
import { drive, request } from './support.mjs';

process.on('message', async ({ requests, concurrency }) => {
  const times = [];
  let failed = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await drive(
    requests.length,
    concurrency,
    (i) => {
      const { url, ...init } = requests[i];
      return request(url, init);
    },
    (res, ms) => {
      times.push(ms);
      if (!res.ok) failed++;
    },
  );
  const { user, system } = process.cpuUsage(cpu);
  process.send({ times, failed, seconds: (performance.now() - started) / 1000, loadCpuMs: (user + system) / 1000 });
});
process.on('disconnect', () => process.exit(0));
