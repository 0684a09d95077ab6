import type { Doc } from '../../../model/doc.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { HONORIFICS, ROLE_HEADS, ROLE_WORDS } from '../gazetteer/roles.js';
import type { Draft, Refiner } from '../draft.js';
import { lookupOwner } from './place-name.js';

const CONNECTORS = new Set(['the', 'of', 'and', 'for', '-', 'a']);

/**
 * Titles and roles out of PERSON names, kept in `role`: "Cuban Foreign Minister Bruno Rodríguez"
 * -> PERSON "Bruno Rodríguez", role "Foreign Minister", affiliation Cuba. The role is the run of
 * role words at the start of the span and/or right before it, and must end in a head word
 * ("Minister", "President"). Honorifics ("Mr") are cut from the name but not kept as a role.
 * A demonym or country inside or just before the run ("Cuban", "Russia's") gives the affiliation.
 */
export const splitRoles: Refiner = (drafts, { doc, gaz }) => drafts.map((d) => (d.type === 'PERSON' ? splitOne(d, doc, gaz) : d));

function splitOne(d: Draft, doc: Doc, gaz: Gazetteer): Draft {
  const tok = (i: number) => doc.token(i);
  const isOwner = (i: number) => lookupOwner(gaz, tok(i)) !== null && /^\p{Lu}/u.test(tok(i));
  const isRole = (i: number) => ROLE_WORDS.has(tok(i).toLowerCase());
  // Inside the span: leading role words and owners, as long as a name word remains.
  let nameFirst = d.first;
  while (nameFirst < d.end - 1 && (isRole(nameFirst) || isOwner(nameFirst))) nameFirst++;
  if (!hasHead(doc, d.first, nameFirst)) nameFirst = d.first;
  // Before the span: more role words and owners in the same sentence.
  const sentStart = doc.sentences[doc.sentenceOfToken(d.first)].tokenStart;
  let regionStart = d.first;
  while (regionStart > sentStart && (isRole(regionStart - 1) || isOwner(regionStart - 1))) regionStart--;
  if (regionStart < d.first && !hasHead(doc, regionStart, d.first) && nameFirst === d.first) regionStart = d.first;
  while (regionStart < nameFirst && CONNECTORS.has(tok(regionStart).toLowerCase())) regionStart++;
  let ownerTok = -1;
  const roleWords: string[] = [];
  for (let i = regionStart; i < nameFirst; i++) {
    if (isOwner(i)) {
      if (roleWords.length === 0) ownerTok = i;
      continue;
    }
    roleWords.push(tok(i));
  }
  // "Russia's President Putin": the owner sits before a possessive.
  if (ownerTok < 0 && regionStart - 2 >= sentStart && /^['’]s$/.test(tok(regionStart - 1)) && isOwner(regionStart - 2)) ownerTok = regionStart - 2;
  if (ownerTok < 0 && regionStart - 1 >= sentStart && isOwner(regionStart - 1)) ownerTok = regionStart - 1;
  while (roleWords.length > 0 && (HONORIFICS.has(roleWords[0].toLowerCase()) || CONNECTORS.has(roleWords[0].toLowerCase()))) roleWords.shift();
  const last = roleWords.length > 0 ? roleWords[roleWords.length - 1].toLowerCase() : '';
  const role = ROLE_HEADS.has(last) && !HONORIFICS.has(last) ? roleWords.join(' ') : undefined;
  const out: Draft = { ...d, first: nameFirst };
  if (nameFirst !== d.first) out.rule = `${d.rule}+split-role`;
  if (role) {
    out.role = role;
    if (ownerTok >= 0) {
      const owner = lookupOwner(gaz, tok(ownerTok));
      if (owner) {
        out.affiliation = owner.name;
        out.affiliationCode = owner.code;
      }
    }
  }
  return out;
}

function hasHead(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ROLE_HEADS.has(doc.token(i).toLowerCase())) return true;
  return false;
}
