import { Injectable } from '@nestjs/common';
import type { OutputKind } from './output-kind.js';

/**
 * The outputs of an event, by kind. Each library registers its kinds when its module starts (`onModuleInit`), so a new
 * output is one `register` call in its own library; the outputs list and the download records need no change.
 */
@Injectable()
export class OutputRegistry {
  private readonly kinds = new Map<string, OutputKind>();

  register(kind: OutputKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`Output kind ${kind.kind} registered twice`);
    this.kinds.set(kind.kind, kind);
  }

  get(kind: string): OutputKind | undefined {
    return this.kinds.get(kind);
  }

  /** every kind, in the order registered */
  all(): OutputKind[] {
    return [...this.kinds.values()];
  }
}
