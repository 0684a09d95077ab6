import { curate, entityView } from '../../engine/canonical.js';
import { CurationError } from '../../link/curation.js';
import type { CurationOp } from '../../link/types.js';
import { CliError, type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println, usageError } from '../command.js';
import { withStore } from './with-store.js';

const ACTIONS = ['merge', 'split', 'rename', 'alias'];

function toOp(args: string[]): CurationOp {
  const [action, ...rest] = args;
  const need = (n: number, usage: string) => {
    if (rest.length !== n) throw usageError(`usage: newsgraph entity ${usage}`);
  };
  switch (action) {
    case 'merge': need(2, 'merge <into> <from>'); return { op: 'merge', into: rest[0], from: rest[1] };
    case 'split': need(2, 'split <entity> <alias>'); return { op: 'split', entity: rest[0], alias: rest[1] };
    case 'rename': need(2, 'rename <entity> <new name>'); return { op: 'rename', entity: rest[0], name: rest[1] };
    default:
      if (rest[0] !== 'add') throw usageError('usage: newsgraph entity alias add <entity> <alias>');
      if (rest.length !== 3) throw usageError('usage: newsgraph entity alias add <entity> <alias>');
      return { op: 'alias-add', entity: rest[1], alias: rest[2] };
  }
}

/** `newsgraph entity`: one entity across reports, or a curation edit. */
export const entityCommand: CommandSpec = {
  name: 'entity',
  summary: 'an entity across reports (aliases, roles, statements by and about it, events, co-occurring actors), or curate entities',
  description: 'Curation: `entity merge <into> <from>`, `entity split <entity> <alias>` (the mentions named <alias> become their own entity), `entity rename <entity> <name>`, `entity alias add <entity> <alias>`. Each edit is recorded with a timestamp and replayed whenever reports are linked again. Entities are named by name, alias or id.',
  positionals: [{ name: 'name | merge|split|rename|alias ...', required: true, variadic: true }],
  options: { db: DB_OPTION, json: JSON_OPTION },
  examples: [
    'newsgraph entity "Vellmar Shipping"',
    'newsgraph entity Ferreira --json',
    'newsgraph entity merge "MV Halden Star" "Halden Star"',
    'newsgraph entity alias add "Coastal Safety Directorate" CSD',
    'newsgraph entity rename "Alentejo Coast Fishers" "Alentejo Coast Fishers\' Cooperative"',
    'newsgraph entity split "Halden Star" "MV Halden Star"',
  ],
  async run(ctx) {
    const args = ctx.positionals;
    if (ACTIONS.includes(args[0]) && args.length > 1) {
      const op = toOp(args);
      try {
        const { record, link } = await withStore(ctx, (s) => curate(s, op));
        if (ctx.values.json) printJson(ctx.stdout, { record, link });
        else println(ctx.stdout, `recorded #${record.seq} at ${record.at}: ${JSON.stringify(op)}; relinked: ${link.entities} entities, ${link.stories} stories`);
        return 0;
      } catch (e) {
        if (e instanceof CurationError) throw new CliError(e.code, e.message);
        throw e;
      }
    }
    const name = args.join(' ');
    const view = await withStore(ctx, (s) => entityView(s, name));
    if (!view) throw new CliError('not-found', `no entity named ${JSON.stringify(name)}`);
    if (ctx.values.json) {
      printJson(ctx.stdout, view);
      return 0;
    }
    const c = view.canonical;
    const p = view.page;
    println(ctx.stdout, `${c?.name ?? p?.name}  ${c?.type ?? p?.types[0]?.type ?? ''}${c ? `  ${c.id}  in ${c.reports} report${c.reports === 1 ? '' : 's'}` : ''}`);
    const aliases = c?.aliases ?? p?.aliases ?? [];
    if (aliases.length) println(ctx.stdout, `aliases: ${aliases.join(', ')}`);
    if (c?.roles.length) println(ctx.stdout, `roles: ${c.roles.map((r) => `${r.role} (${r.date ?? 'undated'})`).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`);
    const aff = c?.affiliations ?? p?.affiliations ?? [];
    if (aff.length) println(ctx.stdout, `affiliations: ${aff.join(', ')}`);
    if (c?.curated.length) println(ctx.stdout, `curated by edits #${c.curated.join(', #')}`);
    if (view.others.length) println(ctx.stdout, `also named so: ${view.others.map((o) => `${o.name} (${o.type}, ${o.id})`).join('; ')}`);
    if (p) {
      const section = (title: string, lines: string[]) => {
        if (!lines.length) return;
        println(ctx.stdout, `\n${title}:`);
        for (const l of lines) println(ctx.stdout, `  ${l.replace(/\s+/g, ' ')}`);
      };
      section('Statements by it', p.statementsBy.map((s) => `${s.reportDate ?? 'undated'} ${s.item.cue.text}: “${s.item.content.map((x) => x.text).join(' … ').slice(0, 150)}”  [${s.reportId}:${s.item.id}]`));
      section('Statements about it', p.statementsAbout.map((s) => `${s.reportDate ?? 'undated'} ${s.item.speaker?.name ?? s.item.speaker?.text ?? '(unknown)'} ${s.item.cue.text}: “${s.item.content.map((x) => x.text).join(' … ').slice(0, 150)}”  [${s.reportId}:${s.item.id}]`));
      section('Events', p.events.map((e) => `${e.item.date.when ?? e.reportDate ?? 'undated'} ${e.item.type}: ${e.item.actor?.name ?? e.item.actor?.text ?? '?'} ${e.item.trigger.text}${e.item.target ? ` → ${e.item.target.name ?? e.item.target.text}` : ''}  [${e.reportId}:${e.item.id}]`));
      section('Appears with', p.coActors.slice(0, 15).map((a) => `${a.name} (${a.type}) in ${a.reports} report${a.reports === 1 ? '' : 's'}`));
    }
    return 0;
  },
};
