/**
 * Cue verbs, by lemma. Written for newsgraph from the reporting-verb classes described in the
 * attribution literature (speech, belief, stance, intention, evidential); not copied from any list.
 *
 * - `speech`: saying, writing, asking. May appear inverted ("…,” said the minister).
 * - `belief`: mental states (believe, think, fear). Only with the source on the left.
 * - `stance`: positions towards a proposition or person (argue, accuse, deny, support).
 * - `intention`: wants and plans (want, plan, hope, vow). Usually take "to …" content.
 * - `evidential`: non-human sources ("a poll shows", "documents reveal"); need a clausal complement.
 */
export type CueClass = 'speech' | 'belief' | 'stance' | 'intention' | 'evidential';

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** Takes an addressee object before its content: "told reporters that …". */
  addressee?: boolean;
  /** The verb itself denies its content. */
  deny?: boolean;
}

const SPEECH = [
  'say', 'tell', 'add', 'write', 'report', 'state', 'announce', 'declare', 'explain', 'note', 'ask', 'reply',
  'respond', 'answer', 'tweet', 'post', 'comment', 'remark', 'mention', 'reiterate', 'repeat', 'stress', 'emphasize',
  'emphasise', 'insist', 'claim', 'assert', 'allege', 'confirm', 'acknowledge', 'admit', 'concede', 'reveal',
  'disclose', 'recall', 'continue', 'conclude', 'predict', 'promise', 'pledge', 'vow', 'warn', 'caution', 'urge',
  'suggest', 'propose', 'recommend', 'joke', 'quip', 'muse', 'shout', 'yell', 'chant', 'scream', 'whisper',
  'exclaim', 'boast', 'brag', 'complain', 'lament', 'grumble', 'protest', 'testify', 'inform', 'assure', 'remind',
  'retort', 'counter', 'observe', 'point', 'describe', 'characterize', 'describe', 'estimate', 'indicate', 'hint',
  'signal', 'imply', 'cite', 'quote', 'contend', 'proclaim', 'pronounce',
  'speculate', 'wonder', 'question', 'reason', 'surmise', 'recount', 'tout', 'brief', 'notify',
  'announce', 'read', 'elaborate', 'clarify', 'charge', 'demand', 'instruct',
  'plead', 'beg', 'request', 'concur', 'agree', 'rebut', 'retract', 'stipulate', 'swear', 'affirm', 'certify',
  // Talking about, bringing up, putting into words.
  'discuss', 'express', 'voice', 'refer', 'allude', 'reference', 'echo', 'highlight', 'underscore', 'outline', 'detail',
  'list', 'recite', 'utter', 'interject', 'reaffirm', 'retweet', 'vouch', 'talk', 'speak',
];

const ADDRESSEE = new Set([
  'tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'urge', 'brief', 'notify', 'instruct', 'order', 'convince', 'persuade',
  'caution', 'email', 'text', 'beg',
]);

const BELIEF = [
  'believe', 'think', 'feel', 'fear', 'worry', 'doubt', 'suspect', 'know', 'realize', 'realise',
  'assume', 'imagine', 'envision', 'contemplate', 'view', 'interpret', 'recognize', 'recognise', 'expect', 'anticipate', 'guess', 'reckon',
  'presume', 'conclude', 'learn', 'remember', 'disagree', 'bet',
  // Only as "see X as Y" / "see that …" (a negative rule rejects the other senses).
  'see',
];

const STANCE = [
  'argue', 'accuse', 'blame', 'criticize', 'criticise', 'deny', 'reject', 'dismiss', 'dispute', 'refute',
  'challenge', 'defend', 'praise', 'condemn', 'denounce', 'decry', 'slam', 'blast', 'attack', 'mock', 'ridicule',
  'endorse', 'support', 'back', 'oppose', 'welcome', 'applaud', 'hail', 'laud', 'thank', 'credit', 'call',
  'label', 'dub', 'brand', 'insist', 'charge', 'lambaste', 'chide', 'scold', 'rebuke', 'fault', 'question',
  'caution', 'concede', 'acknowledge', 'demand', 'favor', 'favour', 'prefer', 'advocate', 'champion', 'applaud',
  // Portraying and judging someone or something.
  'portray', 'depict', 'deem', 'liken', 'rail', 'assail', 'deride', 'lambast', 'bemoan', 'disavow', 'rebuff',
  'congratulate', 'apologize', 'apologise', 'decline', 'contradict', 'spar', 'lash', 'dismiss', 'renounce', 'repudiate',
  'convince', 'persuade', 'demand', 'vow', 'tout', 'hail', 'excoriate', 'berate', 'castigate', 'chastise',
  'belittle', 'disparage', 'scoff', 'sneer', 'taunt', 'heckle',
];

const INTENTION = [
  'want', 'plan', 'hope', 'intend', 'seek', 'wish', 'vow', 'pledge', 'promise', 'threaten', 'decide',
  'refuse', 'offer', 'expect',
];

const EVIDENTIAL = ['show', 'find', 'reveal', 'indicate', 'suggest', 'confirm', 'demonstrate', 'document'];

/**
 * Verbs that are cues only with their particle: "talked about", "referring to", "railed against",
 * "lashed out". Keyed by lemma; the value lists the words that may follow.
 */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    talk: ['about', 'of', 'up'],
    speak: ['about', 'of', 'out', 'highly', 'glowingly'],
    refer: ['to'],
    allude: ['to'],
    rail: ['against', 'at'],
    lash: ['out'],
    scoff: ['at'],
    sneer: ['at'],
    vouch: ['for'],
    spar: ['with', 'over'],
  }).map(([k, v]) => [k, new Set(v)]),
);

/** Verbs whose lemma denies what follows. */
const DENY = new Set(['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebut', 'retract']);

function build(): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  // Later classes do not overwrite earlier ones: speech wins, so "insist" may invert like "say".
  const add = (lemmas: string[], cls: CueClass) => {
    for (const lemma of lemmas) {
      if (map.has(lemma)) continue;
      map.set(lemma, { lemma, cls, addressee: ADDRESSEE.has(lemma) || undefined, deny: DENY.has(lemma) || undefined });
    }
  };
  add(SPEECH, 'speech');
  add(STANCE, 'stance');
  add(BELIEF, 'belief');
  add(INTENTION, 'intention');
  return map;
}

/** All verb cues, keyed by lemma. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = build();

/** Lemmas that act as evidentials when their subject is a document, poll or record. */
export const EVIDENTIAL_VERBS: ReadonlySet<string> = new Set(EVIDENTIAL);

/** Look up a cue verb by lemma. */
export function cueVerb(lemma: string): CueVerb | undefined {
  return CUE_VERBS.get(lemma);
}
