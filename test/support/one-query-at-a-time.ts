import { afterAll, expect } from 'vitest';

/**
 * pg warns, and pg 9 will refuse, when a client is asked for a query while it runs another (e.g. the statements of
 * one transaction sent with Promise.all): they must run one after another. Any test file that makes it warn fails.
 */
const concurrent: string[] = [];
process.on('warning', (warning) => {
  if (/already executing a query/.test(warning.message)) concurrent.push(warning.stack ?? warning.message);
});

afterAll(() => {
  expect(concurrent).toEqual([]);
});
