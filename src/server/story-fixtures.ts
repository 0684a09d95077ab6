import type { Analysis } from '../model/analysis.js';
import { fakeAnalysis } from '../link/test-support.js';

const WIRE = [
  'A tanker ran aground off Peniche on Sunday, spilling fuel into the sea, the port authority said.',
  'The Aurora Bay struck a reef one nautical mile north of the harbour during a gale.',
  'All 14 crew members were lifted to safety by helicopter, the authority said.',
  'Officials said about 30 tonnes of diesel fuel had leaked from a cracked tank.',
  'Marlow Tankers has not yet responded to requests for comment.',
].join('\n');

const ents = {
  marlow: { name: 'Marlow Tankers', type: 'ORG' as const },
  aurora: { name: 'Aurora Bay', type: 'MISC' as const },
  peniche: { name: 'Peniche', type: 'GPE' as const },
  authority: { name: 'Peniche Port Authority', type: 'ORG' as const, aliases: ['port authority'] },
  silva: { name: 'Rita Silva', type: 'PERSON' as const, role: 'spokeswoman', aliases: ['Silva'] },
};

/**
 * A small story for the story, provenance and closed-gap endpoints, built by hand (no NLP): an
 * agency wire, a reprint of it (a copy), a report with another figure for the spill, a later
 * report where the silent company speaks (closing the gap), and one unrelated report.
 */
export function storyLinkFixtures(): Analysis[] {
  const wire = fakeAnalysis({
    text: WIRE, date: '2024-05-05', sources: ['Lusa'],
    entities: [ents.marlow, ents.aurora, ents.peniche, ents.authority],
    statements: [[3, 'Officials said', 'about 30 tonnes of diesel fuel had leaked from a cracked tank']],
    unknowns: [{ kind: 'no-response', subject: 0, about: 'a response', text: 'Marlow Tankers has not yet responded to requests for comment.' }],
  });
  const reprint = fakeAnalysis({
    text: WIRE.replace('A tanker ran aground', 'An oil tanker ran aground').replace('during a gale', 'in a gale'),
    date: '2024-05-05', sources: ['Atlantic Gazette', 'Lusa'],
    entities: [ents.marlow, ents.aurora, ents.peniche, ents.authority],
    unknowns: [{ kind: 'no-response', subject: 0, about: 'a response', text: 'Marlow Tankers has not yet responded to requests for comment.' }],
  });
  const local = fakeAnalysis({
    text: 'Harbour workers told the Oeste Weekly that as much as 90 tonnes of diesel fuel had escaped from the Aurora Bay off Peniche.\nRita Silva, a spokeswoman for the Peniche Port Authority, said the slick was shrinking.',
    date: '2024-05-06', sources: ['Oeste Weekly'],
    entities: [ents.aurora, ents.peniche, ents.authority, ents.silva, { name: 'Oeste Weekly', type: 'MEDIA' }],
    statements: [[null, 'Harbour workers told', 'as much as 90 tonnes of diesel fuel had escaped from the Aurora Bay off Peniche'], [3, 'Rita Silva', 'the slick was shrinking']],
  });
  const response = fakeAnalysis({
    text: 'Marlow Tankers said on Tuesday that it regretted the grounding of the Aurora Bay off Peniche.\nSilva said divers had sealed the cracked tank.',
    date: '2024-05-07', sources: ['Shipping Ledger'],
    entities: [ents.marlow, ents.aurora, ents.peniche, ents.silva],
    statements: [[0, 'Marlow Tankers said', 'it regretted the grounding of the Aurora Bay off Peniche'], [3, 'Silva said', 'divers had sealed the cracked tank']],
  });
  const unrelated = fakeAnalysis({
    text: 'The basketball club signed a new centre from Porto for a record fee on Tuesday.',
    date: '2024-05-07', sources: ['Sports Desk'],
    entities: [{ name: 'Porto', type: 'GPE' }],
  });
  return [wire, reprint, local, response, unrelated];
}
