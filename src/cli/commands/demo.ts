import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../../engine/ingest.js';
import { relink } from '../../engine/link.js';
import { packagePath } from '../../model/paths.js';
import { openStore } from '../../store/open-store.js';
import { type CommandSpec, println, usageError } from '../command.js';
import { startServer } from '../../server/start-server.js';
import { createProgress } from '../progress.js';

/** The bundled example reports (examples/*.txt, in name order; the folder's README is not a report). */
export function exampleFiles(): string[] {
  const dir = packagePath('examples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

/** `newsgraph demo`: a fresh store from the bundled example reports, and what to try next. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'ingest the bundled example reports into a fresh store and show what to try next',
  description: 'The examples tell one invented story across outlets over several days: an official statement, a wire copy reprinted by two outlets, a newspaper with a different number, a party that has not yet responded and later does, a denial.',
  options: {
    db: { type: 'string', placeholder: 'path', default: './newsgraph-demo.db', description: 'where to create the demo store (replaced if it exists)' },
    serve: { type: 'boolean', description: 'then serve the web UI and API on 127.0.0.1 until Ctrl+C' },
    port: { type: 'string', placeholder: 'n', default: '8080', description: 'port for --serve (0 picks a free one)' },
  },
  examples: ['newsgraph demo --serve', 'newsgraph demo', 'newsgraph demo --db /tmp/demo.db --serve --port 3000'],
  async run(ctx) {
    const db = resolve(ctx.cwd, ctx.values.db as string);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    const store = await openStore(db);
    const progress = createProgress(ctx.stderr, 'demo');
    try {
      const s = await ingestPaths(store, exampleFiles(), { onProgress: progress.update });
      progress.done();
      await relink(store);
      const st = await store.stats();
      println(ctx.stdout, `Demo store: ${db}`);
      println(ctx.stdout, `Ingested ${s.stored} reports from ${st.sources} sources: ${st.entities} entities, ${st.statements} statements, ${st.events} events, ${st.unknowns} unknowns, ${st.stories} ${st.stories === 1 ? 'story' : 'stories'}.`);
      println(ctx.stdout);
      println(ctx.stdout, 'Try next:');
      const flag = `--db ${JSON.stringify(db)}`;
      for (const line of [
        `newsgraph search fuel ${flag}`,
        `newsgraph stories ${flag}`,
        `newsgraph who-said "Vellmar Shipping" ${flag}`,
        `newsgraph unknowns --all ${flag}`,
        `newsgraph timeline ${flag}`,
        `newsgraph entity "João Ferreira" ${flag}`,
        `newsgraph show ${s.storedIds[0] ?? '<report-id>'} ${flag}`,
        `newsgraph analyze ${packagePath('examples')}/001*.txt`,
      ]) println(ctx.stdout, `  ${line}`);
      if (!ctx.values.serve) {
        println(ctx.stdout);
        println(ctx.stdout, `Browse it: newsgraph serve ${flag}  (or run \`newsgraph demo --serve\`), then open http://127.0.0.1:8080/`);
        return 0;
      }
      const port = Number(ctx.values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port takes a number from 0 to 65535, not ${JSON.stringify(ctx.values.port)}`);
      const running = await startServer({ store, port, host: '127.0.0.1', token: null });
      println(ctx.stdout);
      println(ctx.stdout, `Open ${running.url}/ in a browser (search, reports, entities, stories, graph, timeline).`);
      println(ctx.stdout, 'Press Ctrl+C to stop.');
      await new Promise<void>((done) => {
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => done());
      });
      await running.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
