/**
 * Seating conventions: which seat of a row, a signing table or a round table goes to the person of which
 * rank. The one place these rules live; plans, charts and place cards read them from here.
 *
 * Coordinates. A row (head table, theatre row, signing table) is numbered 1…n from left to right AS SEEN
 * FROM THE AUDIENCE (facing the stage). The people on it face the audience, so a seated person's left hand
 * is the audience's right (a higher seat number). A round table is numbered 1…n clockwise as seen from
 * above, seat 1 being the host's, facing the entrance (or the stage); the host's right-hand neighbour is
 * then seat n, the left-hand one seat 2.
 *
 * - `cn-domestic` (国内政务活动, 左为上): No. 1 in the centre, No. 2 at No. 1's left hand (as the seated
 *   person sees it), No. 3 at No. 1's right hand, and so on alternating outward. With an even number of
 *   seats Nos. 1 and 2 take the centre pair, No. 2 again at No. 1's left. Seen from the audience:
 *   7 5 3 1 2 4 6 and 5 3 1 2 4 6.
 * - `western`: the host in the centre, the guest of honour at the host's right hand, then alternating
 *   outward right-first (以右为上, the international rule). Seen from the audience: 6 4 2 1 3 5 7.
 *   With two sides the host is the host side's first person and the guest of honour the other side's.
 * - `international` (外事活动): as `western`, and where the event has two sides the sides are interleaved:
 *   seats at an odd distance from the host go to the guest side, at an even distance to the host side,
 *   so that every guest sits beside a host.
 * - `signing` (签字仪式): two signatories at the table, the guest's at the host's right hand (客右主左, as
 *   the signatories see it; so seen from the audience the host's signatory is on the right and the guest's
 *   on the left); witnesses stand behind, each side behind its own signatory, in protocol order from the
 *   centre outward.
 *
 * At a round table every convention puts the guest of honour at the host's right (see roundTableArrangement).
 */

export const CONVENTIONS = ['cn-domestic', 'international', 'signing', 'western'] as const;
export type Convention = (typeof CONVENTIONS)[number];

/** The side of a seat when the event has a host side and a guest side. */
export type SeatSide = 'host' | 'guest';

/** How the seat numbers of an arrangement are to be read. */
export type Viewpoint =
  /** rows numbered left to right as seen from the audience, facing the stage */
  | 'audience'
  /** round tables numbered clockwise as seen from above, seat 1 facing the entrance */
  | 'above';

/** A seat in order of honour: `seat` is its number in its row or table, `rank` the place it is for (1 = most honoured). */
export interface RankedSeat {
  seat: number;
  rank: number;
  /** the side the seat is meant for, when the convention interleaves sides; null: whoever is next in protocol order */
  side: SeatSide | null;
}

export interface RowArrangement {
  viewpoint: 'audience';
  /** the seats in order of honour (index 0 = rank 1) */
  seats: RankedSeat[];
}

/** Which direction along a row (in audience-view seat numbers) is the most honoured person's honoured hand. */
function honouredStep(convention: Convention): 1 | -1 {
  // the seated person's left is the audience's right (+1): 左为上; their right is the audience's left (-1): 右为上
  return convention === 'cn-domestic' ? 1 : -1;
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number of seats ≥ 1, got ${n}`);
}

/**
 * A row of `n` seats in order of honour under a convention: No. 1 in the centre (or, with an even count,
 * in the centre pair with No. 2 on the honoured side), then alternating outward, the honoured side first.
 * Under `international` the seats carry the side they are for (odd distance from No. 1: guest).
 */
export function rowArrangement(n: number, convention: Convention): RowArrangement {
  assertCount(n, 'a row');
  const step = honouredStep(convention);
  // 0-based index of No. 1: the centre; with an even count the one of the centre pair whose honoured neighbour is the other
  const first = n % 2 === 1 ? (n - 1) / 2 : step === 1 ? n / 2 - 1 : n / 2;
  const positions = [first];
  for (let d = 1; positions.length < n; d++) {
    for (const p of [first + step * d, first - step * d]) if (p >= 0 && p < n) positions.push(p);
  }
  const interleave = convention === 'international';
  return {
    viewpoint: 'audience',
    seats: positions.map((p, i) => ({
      seat: p + 1,
      rank: i + 1,
      side: interleave ? (Math.abs(p - first) % 2 === 1 ? 'guest' : 'host') : null,
    })),
  };
}

export interface RoundTableArrangement {
  viewpoint: 'above';
  seats: RankedSeat[];
}

/**
 * A round table of `n` seats in order of honour: seat 1 is the host's (No. 1), then the neighbours
 * alternately, the right hand first: clockwise numbering from above puts the host's right hand at seat n.
 * At table every convention honours the right (中餐宴请亦以右为上: the guest of honour at the host's right);
 * `international` also interleaves the sides.
 */
export function roundTableArrangement(n: number, convention: Convention): RoundTableArrangement {
  assertCount(n, 'a table');
  // host's left hand = seat 2 (clockwise), right hand = seat n
  const order = [0];
  for (let d = 1; order.length < n; d++) {
    for (const p of [n - d, d]) if (!order.includes(p)) order.push(p);
  }
  const interleave = convention === 'international';
  return {
    viewpoint: 'above',
    seats: order.map((p, i) => {
      const distance = Math.min(p, n - p);
      return { seat: p + 1, rank: i + 1, side: interleave ? (distance % 2 === 1 ? 'guest' : 'host') : null };
    }),
  };
}

export interface SigningArrangement {
  viewpoint: 'audience';
  /** the two signatories' seats at the table (1 = audience's left) */
  signatories: { host: number; guest: number };
  /** each side's witness places in the row behind (1…witnesses, audience's left to right), most senior first */
  witnesses: { host: number[]; guest: number[] };
}

/**
 * A signing table: the guest's signatory at the host's right hand (客右主左), so seen from the audience
 * the guest's signatory sits on the left (seat 1) and the host's on the right (seat 2). The witness row
 * behind is split down the middle, each side behind its own signatory, its most senior nearest the centre.
 * With an odd number of places the guest side has the extra one.
 */
export function signingArrangement(witnesses: number): SigningArrangement {
  if (!Number.isInteger(witnesses) || witnesses < 0) throw new RangeError(`witnesses must be a whole number ≥ 0, got ${witnesses}`);
  const guestCount = Math.ceil(witnesses / 2);
  // guest half: places 1…guestCount (audience's left), most senior nearest the centre
  const guest = Array.from({ length: guestCount }, (_, i) => guestCount - i);
  const host = Array.from({ length: witnesses - guestCount }, (_, i) => guestCount + 1 + i);
  return { viewpoint: 'audience', signatories: { guest: 1, host: 2 }, witnesses: { host, guest } };
}

/** A person to seat, in protocol order, with the side they attend for (`host`/`guest` when the event has them). */
export interface Candidate<T> {
  item: T;
  side: SeatSide | null;
}

/**
 * Fills seats given in order of honour with people given in protocol order. A seat meant for a side takes
 * the next person of that side, or when that side has run out the next person of any side (under `signing`
 * it stays empty: no one stands behind the other side's signatory). Under `western` and `international`,
 * when the event has both sides, the first block's No. 1 is the host side's first person and its No. 2 the
 * guest side's (the guest of honour at the host's right). Seats beyond the people stay empty (null).
 */
export function fillSeats<T>(seats: (RankedSeat & { block?: number })[], people: Candidate<T>[], convention: Convention): (T | null)[] {
  const queue = [...people];
  const twoSides = queue.some((p) => p.side === 'host') && queue.some((p) => p.side === 'guest');
  const take = (side: SeatSide | null): T | null => {
    let i = side && twoSides ? queue.findIndex((p) => p.side === side) : 0;
    if (i < 0 && convention === 'signing') return null;
    if (i < 0) i = 0;
    const [found] = queue.splice(i, 1);
    return found?.item ?? null;
  };
  const headsFirst = twoSides && (convention === 'western' || convention === 'international');
  return seats.map((seat) => {
    if (headsFirst && (seat.block ?? 1) === 1 && seat.rank <= 2) return take(seat.rank === 1 ? 'host' : 'guest');
    return take(seat.side);
  });
}
