import { describe, expect, it } from 'vitest';
import { formatZonedDate, formatZonedDateTime, formatZonedTime, zonedParts, zonedWallClock } from './zoned-time.js';

describe('zoned time', () => {
  const instant = new Date('2024-03-25T16:05:09Z');

  it('formats in the event zone, not the server zone', () => {
    expect(formatZonedDateTime(instant, 'Asia/Shanghai')).toBe('2024-03-26 00:05');
    expect(formatZonedDateTime(instant, 'Asia/Tokyo')).toBe('2024-03-26 01:05');
    expect(formatZonedDateTime(instant, 'UTC')).toBe('2024-03-25 16:05');
    expect(formatZonedDate(instant, 'America/New_York')).toBe('2024-03-25');
    expect(formatZonedTime(instant, 'Asia/Hong_Kong')).toBe('00:05');
  });

  it('writes midnight as 00, not 24', () => {
    expect(zonedParts(new Date('2024-03-25T16:00:00Z'), 'Asia/Shanghai').hour).toBe(0);
  });

  it('follows daylight saving time', () => {
    expect(formatZonedTime(new Date('2024-01-15T12:00:00Z'), 'Europe/London')).toBe('12:00');
    expect(formatZonedTime(new Date('2024-07-15T12:00:00Z'), 'Europe/London')).toBe('13:00');
  });

  it('gives a wall-clock Date whose UTC fields are the local time', () => {
    expect(zonedWallClock(instant, 'Asia/Shanghai').toISOString()).toBe('2024-03-26T00:05:09.000Z');
  });

  it('rejects an unknown zone', () => {
    expect(() => formatZonedDate(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});
