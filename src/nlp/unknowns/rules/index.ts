import { declinedComment } from './declined-comment.js';
import { noResponseFrom, notResponded } from './no-response.js';
import { notDisclosed } from './not-disclosed.js';
import { notSpecified } from './not-specified.js';
import type { GapRule } from './types.js';
import { unclear } from './unclear.js';
import { unnamedActor } from './unnamed-actor.js';
import { unverified } from './unverified.js';

/**
 * Gap rules in priority order: when two match overlapping text, the earlier rule wins
 * ("did not specify who" is not also "did not say").
 */
export const GAP_RULES: readonly GapRule[] = [notSpecified, noResponseFrom, notResponded, declinedComment, unclear, unverified, notDisclosed, unnamedActor];
