import type { Modality } from './modality.js';
import type { PloverType } from './plover.js';

/** What the clause says about an event beyond its trigger word. */
export interface TypeContext extends Modality {
  /** A condition follows in the sentence: "... unless the Kremlin closes its base". */
  conditional: boolean;
}

const COOPERATIVE_FUTURE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
/** Material conflict that, announced rather than done, is a threat. */
const CONFLICT_FUTURE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);
const VERBAL_COOPERATION = new Set<PloverType>(['AGREE', 'SUPPORT']);

/**
 * The PLOVER type of an event given its trigger's type and its clause, by the manual's rules:
 * - future CONSULT/SUPPORT/COOPERATE/AID is AGREE ("AGREE"); an announced RETREAT is CONCEDE
 *   ("Announcements of future retreats should be coded as CONCEDE");
 * - an announced ASSAULT/COERCE/SANCTION/PROTEST is THREATEN (the manual: "THREATEN could be
 *   ASSAULT + hypothetical ... the coder should always return the single event category"; CAMEO
 *   13x: threaten to boycott, to sanction, to restrict, with force);
 * - an announced retreat made conditional ("will withdraw ... unless") is THREATEN (CAMEO 136,
 *   threaten to halt international involvement);
 * - negated agreement or support ("will not accept", "did not endorse") is REJECT ("all
 *   rejections and refusals").
 * Returns the type and the name of the rule that changed it (null when unchanged).
 */
export function codeType(type: PloverType, ctx: TypeContext): { type: PloverType; rule: string | null } {
  if (ctx.negated) return VERBAL_COOPERATION.has(type) ? { type: 'REJECT', rule: 'negated-cooperation' } : { type, rule: null };
  if (ctx.aux !== 'future') return { type, rule: null };
  if (COOPERATIVE_FUTURE.has(type)) return { type: 'AGREE', rule: 'future-cooperation' };
  if (CONFLICT_FUTURE.has(type)) return { type: 'THREATEN', rule: 'future-conflict' };
  if (type === 'RETREAT' || type === 'CONCEDE') return ctx.conditional ? { type: 'THREATEN', rule: 'conditional-retreat' } : { type: 'CONCEDE', rule: type === 'RETREAT' ? 'future-retreat' : null };
  return { type, rule: null };
}
