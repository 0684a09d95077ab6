import { provenance } from '../../engine/provenance.js';
import { CliError, type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

const span = (s: { start: number; end: number; text: string }) => `[${s.start}–${s.end}] “${s.text.replace(/\s+/g, ' ')}”`;

/** `newsgraph provenance`: where a statement or event comes from. */
export const provenanceCommand: CommandSpec = {
  name: 'provenance',
  summary: 'the chain behind a statement or event: report → credited sources → speaker → cue and content spans → linked events',
  description: 'Ids are `<report-id>:<statement-or-event-id>`, as printed by who-said, timeline, story and show.',
  positionals: [{ name: 'id', required: true }],
  options: { db: DB_OPTION, json: JSON_OPTION },
  examples: ['newsgraph provenance 5ec14ac25bef6a39:st4', 'newsgraph provenance 5ec14ac25bef6a39:ev2 --json'],
  async run(ctx) {
    const id = ctx.positionals[0];
    const p = await withStore(ctx, (s) => provenance(s, id));
    if (!p) throw new CliError('not-found', `no statement or event ${id} (ids look like <report-id>:st1)`);
    if (ctx.values.json) {
      printJson(ctx.stdout, p);
      return 0;
    }
    const out = (depth: number, l: string) => println(ctx.stdout, `${'  '.repeat(depth)}${depth ? '└ ' : ''}${l}`);
    out(0, `report ${p.report.id} (${p.report.date ?? 'undated'})${p.report.copyOf ? `, a copy of ${p.report.copyOf}` : ''}`);
    out(1, `credited sources: ${p.report.sources.join(', ') || '(none)'}`);
    let d = 2;
    for (const w of p.within) out(d++, `inside ${w.id}: ${w.speaker?.name ?? w.speaker?.text ?? '(unknown)'} ${w.cue.text} (${w.rule})`);
    const s = p.statement;
    if (s) {
      out(d, `speaker: ${s.speaker ? `${s.speaker.name ?? s.speaker.text} ${span(s.speaker)}${s.speaker.resolvedBy ? ` resolved by ${s.speaker.resolvedBy}` : ''}` : '(not found)'}`);
      out(d + 1, `cue: ${span(s.cue)} lemma ${s.cue.lemma}; ${s.kind}, ${s.polarity}${s.hedged ? ', hedged' : ''}; rule ${s.rule}`);
      for (const c of s.content) out(d + 2, `content: ${span(c)}`);
      d += 3;
    }
    const events = p.event ? [p.event] : p.linkedEvents;
    for (const e of events) {
      out(d, `event ${e.id}: ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.actor?.name ?? e.actor?.text ?? '?'} ${span(e.trigger)}${e.target ? ` → ${e.target.name ?? e.target.text}` : ''}; ${e.date.when ?? 'undated'}${e.date.inferred ? ' (inferred)' : ''}; rule ${e.rule}`);
    }
    return 0;
  },
};
