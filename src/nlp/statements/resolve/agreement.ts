import type { EntityType } from '../../../model/annotations.js';

/** Which entity types a pronoun may refer to; null types (unknown) agree with everything. */
export function agrees(pronoun: string, type: EntityType | null): boolean {
  if (type === null) return true;
  switch (pronoun) {
    case 'he':
    case 'she':
    case 'him':
    case 'her':
      return type === 'PERSON';
    case 'it':
    case 'its':
      return type !== 'PERSON' && type !== 'NORP';
    case 'they':
    case 'them':
    case 'their':
      return true;
    default:
      return true;
  }
}
