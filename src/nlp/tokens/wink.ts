import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The shared wink-nlp instance (tokens + POS). Loaded once, on first use. */
export function getWink(): Wink {
  // Sentence boundaries come from our own splitter (wink's breaks on "Dept." and "?” asked"),
  // but wink's POS tagger needs its 'sbd' annotation to run.
  if (!instance) instance = winkNLP(model, ['sbd', 'pos']);
  return instance;
}
