import type { Language } from '@app/core';
import type { ScriptRules } from '../script-types.js';
import { enScript } from './en.js';
import { jaScript } from './ja.js';
import { zhScript } from './zh.js';

/** The presider's script in every language the writeup is written in. */
export const SCRIPT_LOCALES: Record<Language, ScriptRules> = { zh: zhScript, ja: jaScript, en: enScript };
