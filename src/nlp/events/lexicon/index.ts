import { COOPERATION } from './cooperation.js';
import type { LexEntry } from './entry.js';
import { MATERIAL_CONFLICT } from './material-conflict.js';
import { VERBAL_CONFLICT } from './verbal-conflict.js';

/** The whole trigger lexicon, cooperation first; order does not matter (see match/find-triggers.ts). */
export const LEXICON: LexEntry[] = [...COOPERATION, ...VERBAL_CONFLICT, ...MATERIAL_CONFLICT];
export type { LexEntry } from './entry.js';
