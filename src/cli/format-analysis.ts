import type { Analysis } from '../model/analysis.js';
import type { TextSpan } from '../model/span.js';

const q = (s: string, max = 160) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
};
const spans = (c: TextSpan[]) => c.map((s) => s.text).join(' … ');

/** A readable view of one analysis, for people at a terminal. */
export function formatAnalysis(a: Analysis): string {
  const r = a.report;
  const out: string[] = [];
  out.push(`report ${r.id}  ${r.date ?? 'undated'}  sources: ${r.sources.length ? r.sources.join(', ') : '(none credited)'}`);
  if (r.title) out.push(`title: ${r.title}`);
  out.push(`${a.sentences.length} sentences, ${a.text.length} characters`);
  if (a.entityIndex.length) {
    out.push('', 'Entities:');
    for (const e of a.entityIndex) {
      const extra = [e.role && `role ${e.role}`, e.affiliation && `of ${e.affiliation}`, e.aliases.length > 0 && `aka ${e.aliases.join(', ')}`].filter(Boolean);
      out.push(`  ${e.type.padEnd(6)} ${e.name}${extra.length ? `  (${extra.join('; ')})` : ''}`);
    }
  }
  if (a.statements.length) {
    out.push('', 'Statements:');
    for (const s of a.statements) {
      const who = s.speaker ? (s.speaker.name ?? s.speaker.text) : '(unknown speaker)';
      const flags = [s.kind, s.polarity === 'deny' ? 'DENIAL' : '', s.hedged ? 'hedged' : '', s.medium ?? ''].filter(Boolean).join(', ');
      out.push(`  ${s.id} ${who} → ${s.cue.text} → ${q(spans(s.content))}  [${flags}]`);
    }
  }
  if (a.events.length) {
    out.push('', 'Events:');
    for (const e of a.events) {
      const who = e.actor ? (e.actor.name ?? e.actor.text) : '?';
      const whom = e.target ? (e.target.name ?? e.target.text) : '';
      const when = e.date.when ? `${e.date.when}${e.date.inferred ? ' (inferred)' : ''}` : 'undated';
      const claim = e.statement ? `  per ${e.statement}` : '';
      out.push(`  ${e.id} ${e.type}${e.mode ? `/${e.mode}` : ''}  ${who} → ${e.trigger.text}${whom ? ` → ${whom}` : ''}  ${when}${e.negated ? '  NEGATED' : ''}${claim}`);
    }
  }
  if (a.dates.length) {
    out.push('', 'Dates:');
    for (const d of a.dates) out.push(`  ${q(d.text, 40)} → ${d.when} (${d.precision}${d.inferred.length ? `; inferred ${d.inferred.join(', ')}` : ''})`);
  }
  if (a.unknowns.length) {
    out.push('', 'Unknowns:');
    for (const u of a.unknowns) out.push(`  ${u.kind.padEnd(20)} ${u.subject ? `${u.subject.text}: ` : ''}${u.about}  ${q(u.text, 100)}`);
  }
  if (a.diagnostics.length) {
    out.push('', 'Diagnostics:');
    for (const d of a.diagnostics) out.push(`  ${d.severity} ${d.code}: ${d.message}`);
  }
  return `${out.join('\n')}\n`;
}
