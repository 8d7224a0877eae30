import {
  fillSeats,
  rowArrangement,
  roundTableArrangement,
  signingArrangement,
  type Candidate,
  type Convention,
  type SeatSide,
  type Viewpoint,
} from './conventions.js';

export const PLAN_KINDS = ['head-table', 'signing', 'banquet', 'theatre'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** The shape of a plan: rows (head table, theatre; front row first), tables (banquet; table 1 the main table) or a signing table's witness places. */
export interface Layout {
  rows?: number[];
  tables?: number[];
  witnesses?: number;
}

/** What a block of seats is: a row, a round table, the signing table or the witnesses' row behind it. */
export type BlockKind = 'row' | 'table' | 'signing-table' | 'witnesses';

export interface PlannedSeat {
  block: number;
  seat: number;
  /** place in order of honour within the block (1 = most honoured) */
  rank: number;
  side: SeatSide | null;
}

export interface PlannedBlock {
  block: number;
  kind: BlockKind;
  size: number;
  /** the block's seats in order of honour */
  seats: PlannedSeat[];
}

export interface PlannedLayout {
  /** how seat numbers are read: rows from the audience, left to right; tables clockwise from above */
  viewpoint: Viewpoint;
  blocks: PlannedBlock[];
}

export const LAYOUT_LIMITS = { blocks: 100, seatsPerBlock: 60, witnesses: 30, seats: 3000 } as const;

/** The blocks of a layout with their seats in order of honour under the convention. */
export function planLayout(kind: PlanKind, layout: Layout, convention: Convention): PlannedLayout {
  if (kind === 'signing') {
    const arrangement = signingArrangement(layout.witnesses ?? 0);
    const { host, guest } = arrangement.witnesses;
    const witnesses: PlannedSeat[] = [];
    for (let i = 0; i < Math.max(host.length, guest.length); i++) {
      if (host[i]) witnesses.push({ block: 2, seat: host[i], rank: witnesses.length + 1, side: 'host' });
      if (guest[i]) witnesses.push({ block: 2, seat: guest[i], rank: witnesses.length + 1, side: 'guest' });
    }
    const blocks: PlannedBlock[] = [
      {
        block: 1,
        kind: 'signing-table',
        size: 2,
        seats: [
          { block: 1, seat: arrangement.signatories.host, rank: 1, side: 'host' },
          { block: 1, seat: arrangement.signatories.guest, rank: 2, side: 'guest' },
        ],
      },
    ];
    if (witnesses.length) blocks.push({ block: 2, kind: 'witnesses', size: witnesses.length, seats: witnesses });
    return { viewpoint: 'audience', blocks };
  }
  if (kind === 'banquet') {
    return {
      viewpoint: 'above',
      blocks: (layout.tables ?? []).map((size, i) => ({
        block: i + 1,
        kind: 'table',
        size,
        seats: roundTableArrangement(size, convention).seats.map((s) => ({ ...s, block: i + 1 })),
      })),
    };
  }
  // A head table faces the audience; theatre rows face the stage, so their people's left is the viewer's left:
  // the same rule read in the mirror. Either way seats are numbered left to right as seen facing the stage.
  const facingStage = kind === 'theatre';
  return {
    viewpoint: 'audience',
    blocks: (layout.rows ?? []).map((size, i) => ({
      block: i + 1,
      kind: 'row',
      size,
      seats: rowArrangement(size, convention).seats.map((s) => ({ ...s, seat: facingStage ? size + 1 - s.seat : s.seat, block: i + 1 })),
    })),
  };
}

/** A problem with a layout, named by the field it is in; null when the layout fits its kind. */
export function layoutProblem(kind: PlanKind, layout: Layout, convention: Convention): { field: string; message: string } | null {
  if ((kind === 'signing') !== (convention === 'signing')) {
    return {
      field: 'convention',
      message:
        kind === 'signing' ? 'a signing table is seated by the signing convention' : 'the signing convention seats a signing table only',
    };
  }
  const wanted = kind === 'signing' ? 'witnesses' : kind === 'banquet' ? 'tables' : 'rows';
  for (const field of ['rows', 'tables', 'witnesses'] as const) {
    if (field !== wanted && layout[field] !== undefined) return { field, message: `a ${kind} plan has no ${field}; it takes ${wanted}` };
  }
  if (kind === 'signing') return null;
  const sizes = layout[wanted as 'rows' | 'tables'];
  if (!sizes || sizes.length === 0) return { field: wanted, message: `a ${kind} plan needs at least one entry in ${wanted}` };
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > LAYOUT_LIMITS.seats) return { field: wanted, message: `at most ${LAYOUT_LIMITS.seats} seats in a plan` };
  return null;
}

export interface SeatRef {
  block: number;
  seat: number;
}

export interface Pin extends SeatRef {
  attendeeId: string;
}

export interface AssignedSeat extends PlannedSeat {
  attendeeId: string | null;
  pinned: boolean;
}

/** True when the seat exists in the layout. */
export function hasSeat(planned: PlannedLayout, ref: SeatRef): boolean {
  return planned.blocks.some((b) => b.block === ref.block && b.seats.some((s) => s.seat === ref.seat));
}

/**
 * Seats the people (in protocol order) by the layout's order of honour, block after block (front row, main
 * table first). Pinned seats keep their person, who is not seated again elsewhere; pins of seats the layout
 * no longer has, or of people no longer attending, are dropped. Returns every seat (in block order, then seat
 * number), the pins kept and the ids of the people left without a seat.
 */
export function assignSeats(
  planned: PlannedLayout,
  people: Candidate<string>[],
  pins: Pin[],
  convention: Convention,
): { seats: AssignedSeat[]; pins: Pin[]; unseated: string[] } {
  const present = new Set(people.map((p) => p.item));
  const kept: Pin[] = [];
  const pinnedAt = new Map<string, string>();
  for (const pin of pins) {
    const key = `${pin.block}:${pin.seat}`;
    if (!present.has(pin.attendeeId) || !hasSeat(planned, pin) || pinnedAt.has(key) || kept.some((k) => k.attendeeId === pin.attendeeId))
      continue;
    kept.push(pin);
    pinnedAt.set(key, pin.attendeeId);
  }
  const pinnedPeople = new Set(kept.map((p) => p.attendeeId));
  const free = planned.blocks.flatMap((b) => b.seats).filter((s) => !pinnedAt.has(`${s.block}:${s.seat}`));
  const queue = people.filter((p) => !pinnedPeople.has(p.item));
  const filled = fillSeats(free, queue, convention);
  const byKey = new Map<string, string | null>(free.map((s, i) => [`${s.block}:${s.seat}`, filled[i]]));
  const seated = new Set([...pinnedPeople, ...filled.filter((x): x is string => !!x)]);
  const seats = planned.blocks.flatMap((b) =>
    [...b.seats]
      .sort((x, y) => x.seat - y.seat)
      .map((s) => {
        const key = `${s.block}:${s.seat}`;
        const pinned = pinnedAt.get(key);
        return { ...s, attendeeId: pinned ?? byKey.get(key) ?? null, pinned: !!pinned };
      }),
  );
  return { seats, pins: kept, unseated: people.map((p) => p.item).filter((id) => !seated.has(id)) };
}
