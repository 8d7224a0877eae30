import { describe, expect, it } from 'vitest';
import { CONVENTIONS, fillSeats, rowArrangement, roundTableArrangement, signingArrangement, type Convention } from './conventions.js';

/** The ranks of a row read left to right as seen from the audience. */
function audienceView(n: number, convention: Convention): number[] {
  const row = rowArrangement(n, convention);
  const bySeat = new Array<number>(n);
  for (const s of row.seats) bySeat[s.seat - 1] = s.rank;
  return bySeat;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const SIZES = range(15);

describe('rowArrangement', () => {
  it('gives every seat of every row of 1–15 exactly one rank, under every convention, seen from the audience', () => {
    for (const convention of CONVENTIONS) {
      for (const n of SIZES) {
        const row = rowArrangement(n, convention);
        expect(row.viewpoint).toBe('audience');
        expect(row.seats.map((s) => s.rank)).toEqual(range(n));
        expect([...row.seats.map((s) => s.seat)].sort((a, b) => a - b)).toEqual(range(n));
      }
    }
  });

  it('cn-domestic (左为上): No. 1 centre, No. 2 at his left hand = the audience’s right; read from the audience: odd ranks falling, then even ranks rising', () => {
    expect(audienceView(1, 'cn-domestic')).toEqual([1]);
    expect(audienceView(2, 'cn-domestic')).toEqual([1, 2]);
    expect(audienceView(7, 'cn-domestic')).toEqual([7, 5, 3, 1, 2, 4, 6]);
    expect(audienceView(8, 'cn-domestic')).toEqual([7, 5, 3, 1, 2, 4, 6, 8]);
    for (const n of SIZES) {
      const odd = range(n).filter((r) => r % 2 === 1);
      const even = range(n).filter((r) => r % 2 === 0);
      expect(audienceView(n, 'cn-domestic'), `row of ${n}`).toEqual([...odd.reverse(), ...even]);
    }
  });

  it('cn-domestic: an odd row has No. 1 in the very centre, an even row Nos. 1 and 2 in the centre pair', () => {
    for (const n of SIZES) {
      const view = audienceView(n, 'cn-domestic');
      if (n % 2 === 1) expect(view[(n - 1) / 2]).toBe(1);
      else expect(view.slice(n / 2 - 1, n / 2 + 1)).toEqual([1, 2]);
    }
  });

  it('western and international (右为上): the guest of honour at the host’s right hand = the audience’s left; the mirror of cn-domestic', () => {
    expect(audienceView(7, 'western')).toEqual([6, 4, 2, 1, 3, 5, 7]);
    expect(audienceView(8, 'western')).toEqual([8, 6, 4, 2, 1, 3, 5, 7]);
    for (const convention of ['western', 'international'] as const) {
      for (const n of SIZES) {
        const odd = range(n).filter((r) => r % 2 === 1);
        const even = range(n).filter((r) => r % 2 === 0);
        expect(audienceView(n, convention), `${convention} row of ${n}`).toEqual([...even.reverse(), ...odd]);
        expect(audienceView(n, convention)).toEqual([...audienceView(n, 'cn-domestic')].reverse().map((r) => r));
      }
    }
  });

  it('international interleaves the sides: host in the centre, guests at odd distances from him, so hosts and guests alternate along the row', () => {
    for (const n of SIZES) {
      const row = rowArrangement(n, 'international');
      const sides = [...row.seats].sort((a, b) => a.seat - b.seat).map((s) => s.side);
      expect(row.seats[0].side).toBe('host');
      if (n > 1) expect(row.seats[1].side).toBe('guest');
      for (let i = 1; i < n; i++) expect(sides[i], `row of ${n}, seat ${i + 1}`).not.toBe(sides[i - 1]);
    }
    // the other conventions seat in plain protocol order
    expect(rowArrangement(5, 'western').seats.every((s) => s.side === null)).toBe(true);
    expect(rowArrangement(5, 'cn-domestic').seats.every((s) => s.side === null)).toBe(true);
  });

  it('refuses a row of no seats', () => {
    expect(() => rowArrangement(0, 'western')).toThrow(RangeError);
    expect(() => rowArrangement(2.5, 'western')).toThrow(RangeError);
  });
});

describe('roundTableArrangement', () => {
  it('seat 1 is the host’s, the guest of honour at his right hand (seat n, clockwise from above), then alternating', () => {
    const t = roundTableArrangement(10, 'cn-domestic');
    expect(t.viewpoint).toBe('above');
    expect(t.seats.map((s) => s.seat)).toEqual([1, 10, 2, 9, 3, 8, 4, 7, 5, 6]);
    for (const convention of CONVENTIONS) {
      for (const n of SIZES) {
        const seats = roundTableArrangement(n, convention).seats;
        expect([...seats.map((s) => s.seat)].sort((a, b) => a - b)).toEqual(range(n));
        expect(seats[0].seat).toBe(1);
        if (n > 1) expect(seats[1].seat).toBe(n);
        if (n > 2) expect(seats[2].seat).toBe(2);
      }
    }
  });

  it('international alternates host and guest around the table', () => {
    const seats = roundTableArrangement(8, 'international').seats.sort((a, b) => a.seat - b.seat);
    expect(seats.map((s) => s.side)).toEqual(['host', 'guest', 'host', 'guest', 'host', 'guest', 'host', 'guest']);
  });
});

describe('signingArrangement', () => {
  it('seats the guest’s signatory at the host’s right (the audience’s left), witnesses behind their own side from the centre out', () => {
    expect(signingArrangement(0)).toEqual({
      viewpoint: 'audience',
      signatories: { guest: 1, host: 2 },
      witnesses: { guest: [], host: [] },
    });
    expect(signingArrangement(6).witnesses).toEqual({ guest: [3, 2, 1], host: [4, 5, 6] });
    expect(signingArrangement(5).witnesses).toEqual({ guest: [3, 2, 1], host: [4, 5] });
    for (const n of SIZES) {
      const { guest, host } = signingArrangement(n).witnesses;
      expect([...guest, ...host].sort((a, b) => a - b)).toEqual(range(n));
      expect(Math.max(0, ...guest)).toBeLessThan(Math.min(n + 1, ...host));
    }
    expect(() => signingArrangement(-1)).toThrow(RangeError);
  });
});

describe('fillSeats', () => {
  const people = (...sides: ('host' | 'guest' | null)[]) => sides.map((side, i) => ({ item: `p${i + 1}`, side }));

  it('fills seats in order of honour with people in protocol order, leaving the rest empty', () => {
    const seats = rowArrangement(5, 'cn-domestic').seats;
    expect(fillSeats(seats, people(null, null, null), 'cn-domestic')).toEqual(['p1', 'p2', 'p3', null, null]);
  });

  it('western with two sides: the host side’s first at the centre and the guest side’s first at his right, whatever the protocol order', () => {
    const seats = rowArrangement(4, 'western').seats;
    expect(fillSeats(seats, people('guest', 'guest', 'host', 'host'), 'western')).toEqual(['p3', 'p1', 'p2', 'p4']);
  });

  it('international with two sides: each seat takes the next of its side, then anyone when the side has run out', () => {
    const seats = rowArrangement(7, 'international').seats;
    // ranks: host, guest, guest, host, host, guest, guest
    expect(fillSeats(seats, people('host', 'host', 'host', 'guest', 'guest', 'guest'), 'international')).toEqual([
      'p1',
      'p4',
      'p5',
      'p2',
      'p3',
      'p6',
      null,
    ]);
    expect(fillSeats(seats, people('host', 'host', 'host', 'host', 'guest'), 'international')).toEqual([
      'p1',
      'p5',
      'p2',
      'p3',
      'p4',
      null,
      null,
    ]);
  });
});
