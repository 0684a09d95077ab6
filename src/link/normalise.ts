/** Fold a name for matching: no accents, lower case, no dots, single spaces, no leading "the". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'do', 'di', 'la', 'le', 'del', 'des', 'on', 'in', 'at', '&']);

/** The initials of a multi-word name, skipping small words: "United Nations" → "un". */
export function initials(name: string): string {
  const words = foldName(name).split(' ').filter((w) => w && !SMALL.has(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}

/** True for a name written as an acronym: "U.N.", "APA", "NATO". */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/[.\s]/g, '');
  return bare.length >= 2 && bare.length <= 6 && /^\p{Lu}+$/u.test(bare);
}
