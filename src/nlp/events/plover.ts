/**
 * The PLOVER event types and their modes, as defined in the PLOVER manual (the codebook in
 * openeventdata/PLOVER, CC BY-SA 4.0). Names are the manual's; the trigger lexicon maps words to them.
 */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Modes per type (the manual's "Supplementary fields" tables). */
export const PLOVER_MODES: Partial<Record<PloverType, readonly string[]>> = {
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: [
    'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
  ],
};

/** True for a type name of the manual. */
export function isPloverType(s: string): s is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(s);
}

/** True when `mode` is one of `type`'s modes. */
export function isPloverMode(type: PloverType, mode: string): boolean {
  return PLOVER_MODES[type]?.includes(mode) ?? false;
}

/** Old type names of the PLOVER gold records (before the current manual) → the manual's names. */
export const LEGACY_TYPES: Record<string, PloverType> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};
