import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<Wink['readDoc']>;

/**
 * Characters one wink instance reads before a fresh one replaces it. wink adds every word it has
 * not seen to its vocabulary cache and never forgets, so a long-running ingest would grow without
 * bound (about 1 MB per thousand reports that each bring three new words). A fresh instance
 * starts from the packaged vocabulary again; building one takes about 0.2 s, once per ~40,000
 * news reports at this limit.
 */
const DEFAULT_CHARS_PER_INSTANCE = 100_000_000;

/**
 * The packaged model, except that its custom-entity part is read once: the package's loader
 * re-encodes that part as JSON on every call (the string grows each time a wink instance is
 * built), and we never use custom entities.
 */
let stableModel: typeof model | null = null;
function modelForNewInstance(): typeof model {
  if (!stableModel) {
    // The typings leave the model's parts opaque; metaCER is a loader function in the package.
    const cer: unknown = (model.metaCER as () => unknown)();
    stableModel = { ...model, metaCER: () => cer };
  }
  return stableModel;
}

let instance: Wink | null = null;
let charsRead = 0;
let charsPerInstance = DEFAULT_CHARS_PER_INSTANCE;

/** The shared wink-nlp instance (tokens + POS). Loaded on first use. */
export function getWink(): Wink {
  // Sentence boundaries come from our own splitter (wink's breaks on "Dept." and "?” asked"),
  // but wink's POS tagger needs its 'sbd' annotation to run.
  if (!instance) instance = winkNLP(modelForNewInstance(), ['sbd', 'pos']);
  return instance;
}

/** Read a text with the shared instance, renewing it once it has read its share of text. */
export function readWinkDoc(text: string): WinkDoc {
  if (charsRead > charsPerInstance) {
    instance = null;
    charsRead = 0;
  }
  charsRead += text.length;
  return getWink().readDoc(text);
}

/**
 * Change how much text one instance reads before it is renewed (tests use a tiny value to show
 * the analysis does not depend on what wink has cached); no argument restores the default.
 */
export function setWinkRenewal(chars = DEFAULT_CHARS_PER_INSTANCE): void {
  charsPerInstance = chars;
}
