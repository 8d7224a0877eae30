// Attendance-report benchmark: an event with N attendees (default 50,000, one of them with a
// 100,000-character name), each format downloaded over HTTP from the built service, printing time,
// bytes, the peak RSS and heap of the process, the longest event-loop block while the report renders
// (perf_hooks monitorEventLoopDelay) and the slowest /health answer asked every 100 ms meanwhile.
// Run: npm run bench:reports  (builds first; ATTENDEES=5000 npm run bench for a smaller event,
// LONG_NAME_CHARS=0 to leave out the pathological name, FORMATS=pdf for the PDF reports only)
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { seedAttendees, throwAwayDatabase } from './support.mjs';

const N = Number(process.env.ATTENDEES ?? 50_000);
/** the order the lists are in: protocol (default), stroke, pinyin, gojuon, family */
const ORDER = process.env.ORDER ?? 'protocol';
const LONG_NAME_CHARS = Number(process.env.LONG_NAME_CHARS ?? 100_000);

const { ds, drop } = await throwAwayDatabase();

const mb = (bytes) => Math.round(bytes / 1048576);
try {
  const { createApp } = await import('../dist/apps/api/src/setup.js');
  const app = await createApp({ logger: process.env.LOG_LEVEL !== 'silent' });
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const post = async (path, body, token) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const { accessToken, workspaceId } = await post('/auth/signup', {
    email: `bench-${Date.now()}@example.test`,
    password: 'bench-password-1',
    workspaceName: 'Bench',
  });
  const event = await post(
    '/events',
    {
      title: { zh: '大型交流会', ja: '大型交流会', en: 'Large exchange meeting' },
      kind: 'conference',
      startsAt: '2024-03-25T09:00:00+08:00',
      timeZone: 'Asia/Shanghai',
      venue: { zh: '国际会议中心', en: 'International Conference Centre' },
      sides: [
        { code: 'shandong', name: { zh: '山东', en: 'Shandong' } },
        { code: 'hongkong', name: { zh: '香港', en: 'Hong Kong' } },
      ],
    },
    accessToken,
  );

  const seedStarted = performance.now();
  await seedAttendees(ds, {
    workspaceId,
    eventId: event.id,
    count: N,
    organizations: 200,
    kinds: ['government', 'enterprise', 'university', 'research_institute'],
    attendance: `CASE WHEN p.n <= 10 THEN 'guest' ELSE 'participant' END,
                 CASE WHEN p.n % 3 = 0 THEN 'hongkong' ELSE 'shandong' END,
                 CASE WHEN p.n % 4 = 0 THEN 'absent' ELSE 'checked_in' END,
                 CASE WHEN p.n % 4 = 0 THEN NULL ELSE now() END`,
  });
  if (LONG_NAME_CHARS > 0) {
    // one attendee whose name is a single 100,000-character word: the renderer must bound it
    await ds.query(
      `UPDATE people SET name = jsonb_build_object('zh', repeat('x', $2::int), 'en', repeat('x', $2::int))
        WHERE id = (SELECT id FROM people WHERE workspace_id = $1 ORDER BY protocol_rank, id LIMIT 1)`,
      [workspaceId, LONG_NAME_CHARS],
    );
  }
  await ds.query('ANALYZE');
  console.log(`seeded ${N} attendees in ${Math.round(performance.now() - seedStarted)} ms`);

  const formats = (process.env.FORMATS ?? 'csv,xlsx,pdf').split(',');
  const runs = [
    ['attendance', 'csv'],
    ['attendance', 'xlsx'],
    ['attendance', 'pdf'],
    ['sign-in-sheet', 'pdf'],
    ['sign-in-sheet', 'xlsx'],
  ].filter(([, format]) => formats.includes(format));
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  console.log(`baseline RSS ${mb(baseline)} MiB`);
  console.log('report          format  seconds      MiB out  peak RSS MiB  peak heap MiB  max loop block ms  max /health ms');
  for (const [report, format] of runs) {
    global.gc?.();
    let peak = process.memoryUsage().rss;
    let heap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      heap = Math.max(heap, m.heapUsed);
    }, 20);
    // the loop-delay histogram records how late a 10 ms timer fires: its maximum is the longest block
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let healthMax = 0;
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const asked = performance.now();
        const res = await fetch(`${base}/health`);
        await res.arrayBuffer();
        healthMax = Math.max(healthMax, performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/events/${event.id}/reports/${report}?format=${format}&lang=zh&order=${ORDER}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (!res.ok) throw new Error(`${report} ${format}: ${res.status} ${await res.text()}`);
    let bytes = 0;
    /** @type {ReadableStreamDefaultReader<Uint8Array>} */
    const reader = res.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
    const seconds = (performance.now() - started) / 1000;
    loop.disable();
    probing = false;
    await probe;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const block = loop.max / 1e6 - 10;
    console.log(
      `${report.padEnd(15)} ${format.padEnd(7)} ${seconds.toFixed(2).padStart(7)}  ${(bytes / 1048576).toFixed(1).padStart(11)}  ${String(mb(peak)).padStart(12)}  ${String(mb(heap)).padStart(13)}  ${block.toFixed(0).padStart(17)}  ${healthMax.toFixed(0).padStart(14)}`,
    );
  }
  await app.close();
} finally {
  await drop();
}
