import { describe, expect, it } from 'vitest';
import { PageFlow } from './page-flow.js';
import type { FlowBlock, PageFurniture } from './page-flow.js';

type Log = string[];

function block(log: Log, name: string, height: number, inTable = true): FlowBlock {
  return { height, inTable, draw: (y) => log.push(`${name}@${y}`) };
}

function setup(drawing: boolean, pageCount?: number) {
  const log: Log = [];
  const furniture: PageFurniture = {
    firstPageHeader: block(log, 'title', 20, false),
    laterPageHeader: block(log, 'running', 10, false),
    tableHeader: block(log, 'th', 5),
    footer: (n, total) => log.push(`footer ${n}/${total}`),
  };
  const flow = new PageFlow(furniture, {
    top: 0,
    bottom: 100,
    drawing,
    pageCount,
    addPage: () => log.push('page'),
  });
  return { flow, log };
}

describe('PageFlow', () => {
  it('puts the table header at the top of every page and numbers pages from the first pass', () => {
    const run = (drawing: boolean, pageCount?: number) => {
      const { flow, log } = setup(drawing, pageCount);
      for (let i = 0; i < 10; i++) flow.place([block(log, `r${i}`, 20)]);
      return { flow, log };
    };
    const measured = run(false);
    expect(measured.log).toEqual([]); // nothing drawn in the layout pass
    const drawn = run(true, measured.flow.pageCount);
    expect(drawn.flow.pageCount).toBe(measured.flow.pageCount);
    expect(drawn.log).toEqual([
      'page',
      'footer 1/3',
      'title@0',
      'th@20',
      'r0@25',
      'r1@45',
      'r2@65',
      'page',
      'footer 2/3',
      'running@0',
      'th@10',
      'r3@15',
      'r4@35',
      'r5@55',
      'r6@75',
      'page',
      'footer 3/3',
      'running@0',
      'th@10',
      'r7@15',
      'r8@35',
      'r9@55',
    ]);
  });

  it('keeps a heading with its first row and repeats the continuation under the header', () => {
    const { flow, log } = setup(true, 2);
    flow.place([block(log, 'r0', 50)]);
    flow.place([block(log, 'hA', 10), block(log, 'a1', 20)], true); // 25+50+30 > 100: both move
    flow.continuation = block(log, 'hA-cont', 8);
    flow.place([block(log, 'a2', 20)]);
    expect(log).toEqual([
      'page',
      'footer 1/2',
      'title@0',
      'th@20',
      'r0@25',
      'page',
      'footer 2/2',
      'running@0',
      'th@10',
      'hA@15',
      'a1@25',
      'a2@45',
    ]);
    flow.place([block(log, 'a3', 40)]);
    expect(log.slice(-6)).toEqual(['page', 'footer 3/3', 'running@0', 'th@10', 'hA-cont@15', 'a3@23']);
  });

  it('places a block taller than a page once, on its own page, without looping', () => {
    const { flow, log } = setup(true, 2);
    flow.place([block(log, 'r0', 10)]);
    flow.place([block(log, 'huge', 500)]);
    flow.place([block(log, 'r1', 10)]);
    expect(log.filter((l) => l === 'page')).toHaveLength(3);
    expect(log).toContain('huge@15');
  });
});
