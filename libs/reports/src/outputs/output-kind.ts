import type { EntityManager } from 'typeorm';
import type { Actor, Language, LocalizedText } from '@app/core';

/** The record an output is made of, for a kind made once per record (the seating plan of a chart) */
export interface OutputSubject {
  id: string;
  name: LocalizedText;
}

/**
 * One kind of file the service makes of an event (the writeup, the attendance report, the sign-in sheet, the
 * presider's script; seating charts, place cards and badges when their library registers them). The registry asks it
 * for a fingerprint of what the file would be made from now; a download records the fingerprint it was made from, and
 * the two differ when the file has changed since.
 */
export interface OutputKind {
  /** stable key, e.g. `writeup`, `attendance-report`, `script` */
  readonly kind: string;
  /** the languages it is made in (a language-independent output lists one and ignores `lang`) */
  readonly languages: readonly Language[];
  /**
   * For a kind made once per record of the event (a seating chart per seating plan): those records, in order. Each is
   * then an output of its own, downloaded and tracked apart. A kind made once per event leaves it out.
   */
  subjects?(em: EntityManager, eventId: string): Promise<OutputSubject[]>;
  /**
   * A digest of the records the output is made from, in the caller's open workspace transaction. Equal digests mean
   * the same file; anything that would change the file must change the digest. `subjectId` names the record, for a
   * kind with `subjects`.
   */
  fingerprint(em: EntityManager, actor: Actor, eventId: string, lang: Language, subjectId?: string): Promise<string>;
  /**
   * The fingerprint is the same in every language (the records it digests do not depend on `lang`): the outputs list
   * works it out once for all languages.
   */
  readonly sameFingerprintInEveryLanguage?: boolean;
}
