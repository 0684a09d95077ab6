import { createEntitiesComponent } from '../src/nlp/entities/index.js';
import { createDoc } from '../src/nlp/create-doc.js';
import { getWink } from '../src/nlp/tokens/wink.js';
import { loadCorpus, printTable } from './corpus.js';

/**
 * NER throughput next to bare wink-nlp readDoc (sentences + POS) on the same text in the same
 * run: `node dist/bench/ner.js [limit]`. Uses the BBC set when ../shared/data is present, else
 * the bundled examples. Each side runs three times after a warm-up; the fastest (in process CPU
 * time) counts.
 */
export async function benchNer(limit = 2225): Promise<{ ratio: number }> {
  const { name, reports } = loadCorpus(limit);
  const nlp = getWink();
  const its = nlp.its;
  const t0 = performance.now();
  const entities = await createEntitiesComponent();
  const loadMs = performance.now() - t0;
  for (const r of reports.slice(0, 20)) entities.process(createDoc(r));
  // CPU time of this process, not wall time: on a shared machine other processes' load would
  // otherwise swing the ratio; the best of three runs counts.
  const time = (fn: () => number): { s: number; tokens: number } => {
    let best = Infinity;
    let tokens = 0;
    for (let k = 0; k < 3; k++) {
      const c = process.cpuUsage();
      tokens = fn();
      const u = process.cpuUsage(c);
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    return { s: best / 1000, tokens };
  };
  const wink = time(() => {
    let n = 0;
    for (const r of reports) {
      const d = nlp.readDoc(r.text);
      d.sentences().length();
      n += (d.tokens().out(its.pos) as string[]).length;
    }
    return n;
  });
  const docOnly = time(() => {
    let n = 0;
    for (const r of reports) n += createDoc(r).tokenCount;
    return n;
  });
  let mentions = 0;
  const ner = time(() => {
    let n = 0;
    mentions = 0;
    for (const r of reports) {
      const doc = createDoc(r);
      entities.process(doc);
      n += doc.tokenCount;
      mentions += doc.get('entities').length;
    }
    return n;
  });
  const rate = (x: { s: number; tokens: number }) => Math.round(x.tokens / x.s);
  console.log(`ner throughput on ${name}: ${reports.length} reports; model load ${loadMs.toFixed(0)} ms; ${mentions} mentions`);
  printTable([
    ['pipeline', 'tokens', 'CPU seconds', 'tokens/s'],
    ['wink-nlp readDoc (sentences + POS)', wink.tokens, wink.s.toFixed(2), rate(wink)],
    ['createDoc (tokens, sentences, POS)', docOnly.tokens, docOnly.s.toFixed(2), rate(docOnly)],
    ['createDoc + entities', ner.tokens, ner.s.toFixed(2), rate(ner)],
  ]);
  const ratio = rate(ner) / rate(wink);
  // The entities step alone: the time createDoc + entities takes beyond createDoc.
  const stepRate = Math.round(ner.tokens / Math.max(ner.s - docOnly.s, 1e-9));
  console.log(`entities step alone (difference of the last two rows): ${stepRate} tokens/s`);
  console.log(`ratio (createDoc + entities) / wink: ${ratio.toFixed(2)}; entities step alone / wink: ${(stepRate / rate(wink)).toFixed(2)}`);
  return { ratio };
}

if (process.argv[1]?.endsWith('ner.js') && process.argv[1].includes('bench')) {
  await benchNer(process.argv[2] ? Number(process.argv[2]) : undefined);
}
