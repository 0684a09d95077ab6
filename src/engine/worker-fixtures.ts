import { createRandom } from './seeded-random.js';

/**
 * Synthetic reports for the scale and fault tests: varied enough to exercise every layer
 * (people, organisations, places, quotes, reported speech, dates, unknowns), deterministic
 * from a seed, and invented here, so tests never need shared data.
 */
const PEOPLE = ['Maria Santos', 'João Ferreira', 'Ana Costa', 'Pedro Almeida', 'Helena Brandt', 'Tomás Ruiz', 'Amina Diallo', 'Kenji Sato', 'Olga Petrova', 'Samuel Okafor'];
const ROLES = ['spokeswoman', 'minister', 'harbour master', 'mayor', 'union leader', 'police chief', 'director', 'senator'];
const ORGS = ['Coastal Safety Directorate', 'Atlantic Shipping Company', 'Fishermen\'s Union', 'Ministry of the Sea', 'Port Authority of Sines', 'Green Coast Alliance'];
const PLACES = ['Sines', 'Lisbon', 'Setúbal', 'Porto', 'Faro', 'Aveiro', 'Cascais', 'Peniche'];
const SOURCES = ['Atlantic Press Agency', 'Harbour Times', 'Coastal Herald', 'Lusa Wire', 'Evening Courier', 'Radio Mar'];
const CUES = ['said', 'told reporters', 'announced', 'warned', 'claimed', 'denied'];
const THINGS = ['the spill', 'the clean-up', 'the port closure', 'the new fishing quotas', 'the ferry strike', 'the storm damage', 'the budget'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];


export interface SyntheticRecord {
  id: string;
  title: string;
  date: string;
  sources: string[];
  text: string;
}

/** Report `n` of a synthetic corpus; distinct `n` give distinct reports (and report ids). */
export function syntheticReport(n: number, seed = 1): SyntheticRecord {
  const r = createRandom(seed * 1_000_003 + n);
  const who = r.pick(PEOPLE);
  const other = r.pick(PEOPLE.filter((p) => p !== who));
  const org = r.pick(ORGS);
  const place = r.pick(PLACES);
  const thing = r.pick(THINGS);
  const day = r.pick(DAYS);
  const month = 1 + Math.floor(r.next() * 12);
  const dom = 1 + Math.floor(r.next() * 28);
  const date = `2024-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
  const count = 2 + Math.floor(r.next() * 400);
  const sentences = [
    `${who}, the ${r.pick(ROLES)} of the ${org}, ${r.pick(CUES)} on ${day} that ${thing} in ${place} had affected ${count} families.`,
    `"We are doing everything we can," ${other} said in a statement.`,
    `According to the ${r.pick(ORGS)}, work will resume in ${r.pick(PLACES)} by ${dom} ${['March', 'April', 'May'][n % 3]}.`,
    r.next() < 0.5 ? `It was not clear who ordered the closure, and the ${r.pick(ORGS)} did not respond to requests for comment.` : `${org} officials declined to comment.`,
    `Report number ${n} in series ${seed}.`,
  ];
  const text = sentences.slice(0, 3 + Math.floor(r.next() * 3)).concat(sentences[4]).join(' ');
  const sources = [r.pick(SOURCES), ...(r.next() < 0.3 ? [r.pick(SOURCES)] : [])].filter((s, i, a) => a.indexOf(s) === i);
  return { id: `syn-${seed}-${n}`, title: `${thing[0].toUpperCase()}${thing.slice(1)} in ${place}`, date, sources, text };
}

/** `count` synthetic reports as JSONL text. */
export function syntheticJsonl(count: number, seed = 1): string {
  let out = '';
  for (let n = 0; n < count; n++) out += `${JSON.stringify(syntheticReport(n, seed))}\n`;
  return out;
}
