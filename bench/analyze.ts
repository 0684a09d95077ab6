import { getDefaultPipeline } from '../src/engine/analyze.js';
import { getWink } from '../src/nlp/tokens/wink.js';
import { loadCorpus, printTable } from './corpus.js';

/**
 * Throughput of our analysis next to bare wink-nlp readDoc (sentences + POS) on the same
 * text in the same run, so the ratio holds on a noisy machine. Runs each side twice and keeps
 * the faster, after a warm-up.
 */
export async function benchAnalyze(limit = 2225): Promise<void> {
  const { name, reports } = loadCorpus(limit);
  const nlp = getWink();
  const its = nlp.its;
  const pipeline = await getDefaultPipeline();
  let tokens = 0;
  for (const r of reports.slice(0, 20)) {
    pipeline.run(r);
    nlp.readDoc(r.text).tokens().out(its.pos);
  }
  const time = (fn: () => void) => {
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best / 1000;
  };
  const wink = time(() => {
    tokens = 0;
    for (const r of reports) {
      const d = nlp.readDoc(r.text);
      d.sentences().length();
      tokens += (d.tokens().out(its.pos) as string[]).length;
    }
  });
  let ours = 0;
  const ng = time(() => {
    ours = 0;
    for (const r of reports) ours += pipeline.run(r).tokenCount;
  });
  console.log(`analyze throughput on ${name}: ${reports.length} reports; components: ${pipeline.components.map((c) => c.id).join(', ') || '(none)'}`);
  printTable([
    ['pipeline', 'tokens', 'seconds', 'tokens/s'],
    ['wink-nlp readDoc (sentences + POS)', tokens, wink.toFixed(2), Math.round(tokens / wink)],
    ['newsgraph analyze', ours, ng.toFixed(2), Math.round(ours / ng)],
  ]);
  console.log(`ratio newsgraph/wink: ${((ours / ng) / (tokens / wink)).toFixed(2)}`);
}
