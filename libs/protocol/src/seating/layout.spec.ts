import { describe, expect, it } from 'vitest';
import { assignSeats, layoutProblem, planLayout } from './layout.js';

const people = (n: number, side: 'host' | 'guest' | null = null) => Array.from({ length: n }, (_, i) => ({ item: `p${i + 1}`, side }));
/** attendee ids of a block, by seat number */
const blockRow = (seats: { block: number; seat: number; attendeeId: string | null }[], block: number) =>
  seats.filter((s) => s.block === block).map((s) => s.attendeeId);

describe('planLayout and assignSeats', () => {
  it('a head table of 7 under cn-domestic reads 7 5 3 1 2 4 6 from the audience', () => {
    const planned = planLayout('head-table', { rows: [7] }, 'cn-domestic');
    expect(planned.viewpoint).toBe('audience');
    const { seats, unseated } = assignSeats(planned, people(9), [], 'cn-domestic');
    expect(blockRow(seats, 1)).toEqual(['p7', 'p5', 'p3', 'p1', 'p2', 'p4', 'p6']);
    expect(unseated).toEqual(['p8', 'p9']);
  });

  it('a head table of two rows fills the front row first', () => {
    const planned = planLayout('head-table', { rows: [3, 4] }, 'cn-domestic');
    const { seats } = assignSeats(planned, people(7), [], 'cn-domestic');
    expect(blockRow(seats, 1)).toEqual(['p3', 'p1', 'p2']);
    expect(blockRow(seats, 2)).toEqual(['p6', 'p4', 'p5', 'p7']);
  });

  it('keeps a pinned seat across runs and seats everyone else around it', () => {
    const planned = planLayout('head-table', { rows: [5] }, 'cn-domestic');
    const pins = [{ block: 1, seat: 1, attendeeId: 'p2' }];
    const { seats, pins: kept } = assignSeats(planned, people(5), pins, 'cn-domestic');
    // honour order 3, 4, 2, 5, 1; seat 1 is pinned to p2
    expect(blockRow(seats, 1)).toEqual(['p2', 'p4', 'p1', 'p3', 'p5']);
    expect(seats.find((s) => s.seat === 1)?.pinned).toBe(true);
    expect(kept).toEqual(pins);
    // a pin of someone no longer attending, or of a seat the layout lost, is dropped
    const again = assignSeats(
      planned,
      people(4),
      [
        { block: 1, seat: 1, attendeeId: 'p5' },
        { block: 2, seat: 1, attendeeId: 'p1' },
      ],
      'cn-domestic',
    );
    expect(again.pins).toEqual([]);
  });

  it('two banquet tables: table 1 the top of the order, the guest of honour at the host’s right (seat n)', () => {
    const planned = planLayout('banquet', { tables: [6, 6] }, 'western');
    expect(planned.viewpoint).toBe('above');
    const { seats } = assignSeats(planned, people(10), [], 'western');
    expect(blockRow(seats, 1)).toEqual(['p1', 'p3', 'p5', 'p6', 'p4', 'p2']);
    expect(blockRow(seats, 2)).toEqual(['p7', 'p9', null, null, 'p10', 'p8']);
  });

  it('a signing table: the guest’s signatory on the audience’s left, each side’s witnesses behind its own signatory', () => {
    const planned = planLayout('signing', { witnesses: 4 }, 'signing');
    const hosts = people(3, 'host').map((p) => ({ ...p, item: `h${p.item.slice(1)}` }));
    const guests = people(3, 'guest').map((p) => ({ ...p, item: `g${p.item.slice(1)}` }));
    const { seats } = assignSeats(planned, [guests[0], hosts[0], guests[1], hosts[1], guests[2], hosts[2]], [], 'signing');
    expect(blockRow(seats, 1)).toEqual(['g1', 'h1']);
    expect(blockRow(seats, 2)).toEqual(['g3', 'g2', 'h2', 'h3']);
  });

  it('a signing table never puts one side behind the other side’s signatory', () => {
    const planned = planLayout('signing', { witnesses: 4 }, 'signing');
    const { seats } = assignSeats(
      planned,
      [
        { item: 'h1', side: 'host' },
        { item: 'g1', side: 'guest' },
        { item: 'h2', side: 'host' },
        { item: 'h3', side: 'host' },
        { item: 'h4', side: 'host' },
      ],
      [],
      'signing',
    );
    expect(blockRow(seats, 2)).toEqual([null, null, 'h2', 'h3']);
  });

  it('theatre rows face the stage: the same rule read in the mirror (No. 2 at No. 1’s left is the viewer’s left)', () => {
    const planned = planLayout('theatre', { rows: [5, 5] }, 'cn-domestic');
    const { seats } = assignSeats(planned, people(7), [], 'cn-domestic');
    expect(blockRow(seats, 1)).toEqual(['p4', 'p2', 'p1', 'p3', 'p5']);
    expect(blockRow(seats, 2)).toEqual([null, 'p7', 'p6', null, null]);
  });

  it('names what is wrong with a layout', () => {
    expect(layoutProblem('head-table', { rows: [7] }, 'cn-domestic')).toBeNull();
    expect(layoutProblem('head-table', { tables: [7] }, 'cn-domestic')?.field).toBe('tables');
    expect(layoutProblem('head-table', {}, 'cn-domestic')?.field).toBe('rows');
    expect(layoutProblem('signing', { witnesses: 2 }, 'western')?.field).toBe('convention');
    expect(layoutProblem('banquet', { tables: [10] }, 'signing')?.field).toBe('convention');
    expect(layoutProblem('theatre', { rows: Array(100).fill(60) }, 'western')?.field).toBe('rows');
  });
});
