/**
 * Pagination shared by the measuring pass and the drawing pass of a PDF report.
 *
 * A report is a sequence of blocks of known height. The flow decides where each block goes; in the
 * measuring pass it only counts pages, in the drawing pass it also opens pages and draws. Because both
 * passes run this same code over the same blocks, the page count found by the first pass is the page
 * count of the second, so every footer can print "n / N" without holding pages in memory.
 */

export interface FlowBlock {
  height: number;
  /** table blocks get the column header row drawn above them at the top of each page */
  inTable: boolean;
  /** draws the block with its top edge at y (drawing pass only) */
  draw(y: number): void;
}

export interface PageFurniture {
  /** title block at the top of page 1 */
  firstPageHeader: FlowBlock;
  /** running header at the top of later pages */
  laterPageHeader: FlowBlock;
  footer(pageNumber: number, pageCount: number): void;
  tableHeader: FlowBlock;
}

export interface FlowOptions {
  /** top of the printable area, points from the top edge */
  top: number;
  /** bottom of the printable area, points from the top edge */
  bottom: number;
  /** false in the measuring pass */
  drawing: boolean;
  /** page count found by the measuring pass (drawing pass only) */
  pageCount?: number;
  addPage(): void;
  /** called after each page is opened in the drawing pass */
  onPageOpened?: () => void;
}

export class PageFlow {
  pageCount = 0;
  /**
   * A block repeated under the table header at the top of a page while it applies,
   * e.g. "Organization X (continued)" in a grouped sign-in sheet.
   */
  continuation: FlowBlock | null = null;
  private y = 0;
  private pageHasContent = false;
  private tableHeaderOnPage = false;

  constructor(
    private readonly furniture: PageFurniture,
    private readonly options: FlowOptions,
  ) {}

  /**
   * Places blocks that must stay on one page together (a heading with its first row).
   * `startsGroup` says the first block is itself a group heading, so no continuation is repeated above it.
   */
  place(blocks: readonly FlowBlock[], startsGroup = false): void {
    if (blocks.length === 0) return;
    const inTable = blocks[0].inTable;
    const ownHeight = blocks.reduce((sum, b) => sum + b.height, 0);
    if (this.pageCount === 0) this.openPage();
    const needed = ownHeight + (inTable && !this.tableHeaderOnPage ? this.tablePreludeHeight(startsGroup) : 0);
    // a block taller than a whole page is placed on a fresh page and clipped there, never looped on
    if (this.y + needed > this.options.bottom && this.pageHasContent) this.openPage();

    if (inTable && !this.tableHeaderOnPage) {
      this.put(this.furniture.tableHeader);
      this.tableHeaderOnPage = true;
      if (this.continuation && !startsGroup) this.put(this.continuation);
    }
    for (const block of blocks) this.put(block);
  }

  /** The tallest group that fits on a page after the running header; taller groups must be split. */
  get pageBodyHeight(): number {
    return this.options.bottom - this.options.top - this.furniture.laterPageHeader.height;
  }

  /** Vertical space left on the current page. */
  get remaining(): number {
    return this.options.bottom - this.y;
  }

  private tablePreludeHeight(startsGroup: boolean): number {
    return this.furniture.tableHeader.height + (this.continuation && !startsGroup ? this.continuation.height : 0);
  }

  private put(block: FlowBlock): void {
    if (this.options.drawing) block.draw(this.y);
    this.y += block.height;
    this.pageHasContent = true;
  }

  private openPage(): void {
    this.pageCount++;
    const first = this.pageCount === 1;
    const pageHeader = first ? this.furniture.firstPageHeader : this.furniture.laterPageHeader;
    if (this.options.drawing) {
      this.options.addPage();
      this.furniture.footer(this.pageCount, Math.max(this.options.pageCount ?? 0, this.pageCount));
      pageHeader.draw(this.options.top);
      this.options.onPageOpened?.();
    }
    this.y = this.options.top + pageHeader.height;
    this.pageHasContent = false;
    this.tableHeaderOnPage = false;
  }
}
