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

  it('gives the fields the time-zone data gives, around changes of offset too', () => {
    const zones = [
      'Asia/Shanghai',
      'Asia/Hong_Kong',
      'Asia/Tokyo',
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Africa/Monrovia',
      'Pacific/Chatham',
      'America/St_Johns',
      'UTC',
    ];
    const reference = (at: Date, f: Intl.DateTimeFormat) => {
      const p = Object.fromEntries(f.formatToParts(at).map((part) => [part.type, Number(part.value)]));
      return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
    };
    // a fixed walk (no randomness): instants every 3 d 1 h 13 min 17.371 s from 1900 to 2040, then every second of
    // the half hours around the 2024 changes of New York and London, Lord Howe's half-hour shift and Monrovia's
    // 1972 change (at 00:44:30 UTC, within a minute)
    const instants: Date[] = [];
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2040, 0, 1); t += 263_597_371) instants.push(new Date(t));
    for (const change of ['2024-03-10T07:00:00Z', '2024-03-31T01:00:00Z', '2024-10-05T15:00:00Z', '1972-01-07T00:44:30Z']) {
      for (let s = -900; s <= 900; s++) instants.push(new Date(Date.parse(change) + s * 1000 + 250));
    }
    let compared = 0;
    // and far from today: years below 100 (which Date.UTC would read as 19xx), the last instant a Date holds
    instants.push(new Date('0050-06-01T12:00:00Z'), new Date('0001-01-01T00:00:00Z'), new Date(8.64e15), new Date(-8.64e15));
    for (const timeZone of zones) {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      });
      for (const at of instants) {
        const expected = reference(at, f);
        const actual = zonedParts(at, timeZone);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, `${at.toISOString()} ${timeZone}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150_000);
  });

  it('rejects an unknown zone', () => {
    expect(() => formatZonedDate(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});
