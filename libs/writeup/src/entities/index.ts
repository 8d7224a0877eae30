import { WriteupDraft } from '../drafts/writeup-draft.entity.js';
import { WriteupVersion } from '../drafts/writeup-version.entity.js';

export { WriteupDraft, WriteupVersion };
export const WRITEUP_ENTITIES = [WriteupDraft, WriteupVersion];
