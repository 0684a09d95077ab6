import { Doc } from '../model/doc.js';
import type { Report } from '../model/report.js';
import { splitSentences } from './tokens/sentences.js';
import { tokenize } from './tokens/tokenize.js';

/** Tokenise, tag and sentence-split a report into a Doc. */
export function createDoc(report: Report): Doc {
  const tokens = tokenize(report.text);
  return new Doc(report, tokens, splitSentences(report.text, tokens));
}
