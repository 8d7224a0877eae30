import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What another library does when a deputy replaces an attendee, in the replacement's transaction: seating plans give
 * the deputy the principal's seat. A library registers its listener when its module starts (`onModuleInit`).
 */
export type ReplacementListener = (em: EntityManager, eventId: string, principalId: string, deputyId: string) => Promise<void>;

@Injectable()
export class ReplacementListeners {
  private readonly listeners: ReplacementListener[] = [];

  register(listener: ReplacementListener): void {
    this.listeners.push(listener);
  }

  async notify(em: EntityManager, eventId: string, principalId: string, deputyId: string): Promise<void> {
    for (const listener of this.listeners) await listener(em, eventId, principalId, deputyId);
  }
}
