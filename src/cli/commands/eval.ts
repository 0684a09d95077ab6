import { evalAttribution } from '../../../eval/attribution.js';
import { evalDates } from '../../../eval/dates.js';
import type { EvalResult } from '../../../eval/eval-result.js';
import { evalEvents } from '../../../eval/events.js';
import { evalNer } from '../../../eval/ner.js';
import { type CommandContext, type CommandSpec, intOption, printJson, println, usageError } from '../command.js';

interface EvalKind {
  name: string;
  what: string;
  run(ctx: CommandContext): Promise<EvalResult>;
}

const need = (ctx: CommandContext, flag: string, kind: string): string => {
  const v = ctx.values[flag];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') throw usageError(`eval ${kind} needs --${flag}`);
  return s;
};

const KINDS: EvalKind[] = [
  {
    name: 'ner', what: 'entity-level exact-match P/R/F1 for PER, ORG, LOC on IOB2 files (--gold FILE, repeatable)',
    run: (ctx) => {
      const gold = ctx.values.gold as string[] | undefined;
      if (!gold?.length) throw usageError('eval ner needs --gold FILE (repeatable)');
      return evalNer({ gold });
    },
  },
  {
    name: 'attribution', what: 'cue, source and content P/R/F1 (exact and partial) and whole attributions on PolNeAR brat files (--polnear DIR)',
    run: (ctx) => evalAttribution({
      polnear: need(ctx, 'polnear', 'attribution'),
      split: ((ctx.values.split as string) ?? 'dev') as 'dev' | 'train',
      limit: ctx.values.limit === undefined ? undefined : intOption(ctx, 'limit', 1),
    }),
  },
  { name: 'dates', what: 'exact `when` accuracy and coverage on dates JSONL gold (--gold FILE)', run: (ctx) => evalDates({ gold: need(ctx, 'gold', 'dates') }) },
  { name: 'events', what: 'PLOVER event type accuracy/F1 and actor/target agreement on gold records (--plover FILE)', run: (ctx) => evalEvents({ plover: need(ctx, 'plover', 'events') }) },
];

/** `newsgraph eval`: accuracy against gold data, with thresholds that fail on regression. */
export const evalCommand: CommandSpec = {
  name: 'eval',
  summary: 'score the analysis against gold data (ner, attribution, dates, events); exits 1 when a threshold is missed',
  description: `Kinds:\n${KINDS.map((k) => `  ${k.name.padEnd(12)} ${k.what}`).join('\n')}\nGold data is read from the paths given and never copied.`,
  positionals: [{ name: 'kind' }],
  options: {
    gold: { type: 'string', placeholder: 'file', multiple: true, description: 'gold file (ner: IOB2; dates: JSONL)' },
    polnear: { type: 'string', placeholder: 'dir', description: 'PolNeAR folder holding dev/ and train/ (attribution)' },
    split: { type: 'string', placeholder: 'dev|train', description: 'PolNeAR split to score (default: dev)' },
    limit: { type: 'string', placeholder: 'n', description: 'score only the first n articles (attribution)' },
    plover: { type: 'string', placeholder: 'file', description: 'PLOVER gold records, JSONL (events)' },
    format: { type: 'string', placeholder: 'text|json', description: 'output format (default: text)' },
    list: { type: 'boolean', description: 'list the kinds, one per line' },
  },
  examples: [
    'newsgraph eval ner --gold ../shared/data/ner/gum-dev.iob2',
    'newsgraph eval attribution --polnear ../shared/data/attribution/polnear',
    'newsgraph eval dates --gold ../shared/data/dates/dates-dev.jsonl',
    'newsgraph eval events --plover ../shared/data/events/plover-gsr-dev.jsonl --format json',
  ],
  async run(ctx) {
    if (ctx.values.list) {
      for (const k of KINDS) println(ctx.stdout, k.name);
      return 0;
    }
    const kind = KINDS.find((k) => k.name === ctx.positionals[0]);
    if (!kind) throw usageError(`eval takes one of ${KINDS.map((k) => k.name).join(', ')}${ctx.positionals[0] ? `, not "${ctx.positionals[0]}"` : ''}`);
    const format = (ctx.values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json') throw usageError(`--format takes text or json, not "${format}"`);
    const r = await kind.run(ctx);
    if (format === 'json') printJson(ctx.stdout, { name: r.name, results: r.json, failures: r.failures });
    else {
      ctx.stdout.write(r.text.endsWith('\n') ? r.text : `${r.text}\n`);
      for (const f of r.failures) println(ctx.stderr, `newsgraph: eval/threshold: ${f}`);
    }
    return r.failures.length ? 1 : 0;
  },
};
