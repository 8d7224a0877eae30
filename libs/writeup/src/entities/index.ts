import { WriteupDraft } from '../drafts/writeup-draft.entity.js';
import { WriteupVersion } from '../drafts/writeup-version.entity.js';
import { WriteupStyle } from '../house-style/writeup-style.entity.js';

export { WriteupDraft, WriteupStyle, WriteupVersion };
export const WRITEUP_ENTITIES = [WriteupDraft, WriteupVersion, WriteupStyle];
