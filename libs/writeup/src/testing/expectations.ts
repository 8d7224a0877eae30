import type { Language, LocalizedText } from '@app/core';
import type { SnapshotOrganization, SnapshotPerson } from '../event-snapshot.js';
import { localeRules } from '../locales/index.js';
import type { Paragraph, Writeup } from '../types.js';

/** Helpers for tests: the text a record is expected to show in a writeup. */

export const LANGS: readonly Language[] = ['ja', 'zh', 'en'];

export const textIn = (value: LocalizedText | null | undefined, lang: Language): string => value?.[lang] ?? '';

/**
 * The organization's name as the language writes it in running text: Chinese and Japanese use the short name throughout;
 * English the full name on first mention and the short name once `introduced`.
 */
export function orgNameIn(org: SnapshotOrganization, lang: Language, introduced = false): string {
  const short = localeRules(lang).orgNameForm === 'short' || introduced ? org.shortName?.[lang] : undefined;
  return short ?? textIn(org.name, lang);
}

/**
 * Everything a full mention of the person must show, in order: position titles and their organizations
 * (stated once for consecutive positions in the same one; before the titles in ja and zh, after them in en).
 */
export function positionTexts(person: SnapshotPerson, lang: Language, introduced = new Set<string>()): string[] {
  const out: string[] = [];
  let titles: string[] = [];
  let org: SnapshotOrganization | null | undefined;
  const flush = () => {
    if (titles.length === 0) return;
    const name = org ? [orgNameIn(org, lang, introduced.has(org.id))] : [];
    if (org) introduced.add(org.id);
    out.push(...(lang === 'en' ? [...titles, ...name] : [...name, ...titles]));
    titles = [];
  };
  for (const p of person.positions) {
    if (!(p.organization && org && p.organization.id === org.id)) flush();
    org = p.organization;
    titles.push(textIn(p.title, lang));
  }
  flush();
  return out;
}

export const section = (w: Writeup, kind: Paragraph['section']) => w.paragraphs.filter((p) => p.section === kind);

export const joined = (w: Writeup, paragraphs: Paragraph[]) =>
  paragraphs.map((p) => p.sentences.map((s) => s.text).join(localeRules(w.lang).sentenceSeparator)).join('\n');

/** A key point or quote as it is embedded in a sentence: without its closing punctuation (and, in English, in any case). */
export const core = (text: string) => text.trim().replace(/[。．.;；，]+$/, '');
export const coreIn = (text: string, lang: Language) => (lang === 'en' ? core(text).slice(1) : core(text));
