import type { Refiner } from './draft.js';
import { dropNonNames } from './refine/drop-non-names.js';
import { orgCues } from './refine/org-cues.js';
import { extendToGazetteer } from './refine/extend-to-gazetteer.js';
import { splitRunOns } from './refine/split-run-ons.js';
import { splitRoles } from './refine/split-roles.js';
import { govBody } from './refine/gov-body.js';
import { demonymsToNorp } from './refine/demonyms.js';
import { mediaOutlets } from './refine/media.js';
import { formerlyKnownAs } from './refine/formerly-known-as.js';
import { placesToGpe } from './refine/places.js';
import { governmentUse } from './refine/government.js';
import { docConsistency } from './resolve/doc-consistency.js';

/**
 * The refiners, in the order they run after the tagger. The order matters:
 * 1. split-run-ons and drop-non-names clean the tagger's spans first, so later steps see names only;
 *    extend-to-gazetteer grows partial known names, org-cues fixes company names typed PERSON/LOC,
 *    both before consistency spreads types;
 * 2. doc-consistency spreads confident names before types are refined, so repeats get refined too;
 * 3. split-roles cuts titles off PERSON spans before anything keys on their text;
 * 4. gov-body claims "Cuban foreign ministry" before demonyms would make "Cuban" a NORP;
 * 5. demonyms -> NORP, then media (ORG -> MEDIA, lexicon additions), then "formerly known as";
 * 6. places -> GPE last among type changes, so media and NORP are not mistaken for places;
 * 7. government use needs final GPE types; drop-non-names runs again as a last guard.
 */
export const REFINERS: readonly { id: string; run: Refiner }[] = [
  { id: 'split-run-ons', run: splitRunOns },
  { id: 'drop-non-names', run: dropNonNames },
  { id: 'extend-to-gazetteer', run: extendToGazetteer },
  { id: 'org-cues', run: orgCues },
  { id: 'doc-consistency', run: docConsistency },
  { id: 'split-roles', run: splitRoles },
  { id: 'gov-body', run: govBody },
  { id: 'demonyms', run: demonymsToNorp },
  { id: 'media', run: mediaOutlets },
  { id: 'formerly-known-as', run: formerlyKnownAs },
  { id: 'places', run: placesToGpe },
  { id: 'government', run: governmentUse },
  { id: 'drop-non-names-final', run: dropNonNames },
];
