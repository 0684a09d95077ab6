import { isLoopbackHost } from '../../server/auth.js';
import { startServer } from '../../server/start-server.js';
import { createStaticFiles } from '../../server/static-files.js';
import { openStore } from '../../store/open-store.js';
import { type CommandSpec, DB_OPTION, dbLocation, println, usageError } from '../command.js';

/** Parse --port: 0 (any free port) to 65535. */
function portOption(v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw usageError(`--port takes a number from 0 to 65535, not ${JSON.stringify(v)}`);
  return n;
}

/** Resolve when the process is asked to stop. */
const untilStopped = () => new Promise<string>((done) => {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => done(sig));
});

/** `newsgraph serve`: the HTTP JSON API and the web UI over a store. */
export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'serve the JSON API and the web UI over a store (loopback only by default)',
  description: 'Reading is open to whoever can reach the address; bound to 127.0.0.1 only this machine can. Writing (POST /api/reports) is off unless a token is given with --token or $NEWSGRAPH_TOKEN; clients then send `Authorization: Bearer <token>`. The API is described at /api/openapi.json.',
  options: {
    db: DB_OPTION,
    port: { type: 'string', placeholder: 'n', default: '8080', description: 'port to listen on (0 picks a free one)' },
    host: { type: 'string', placeholder: 'addr', default: '127.0.0.1', description: 'interface to bind; anything but loopback exposes the store to the network' },
    token: { type: 'string', placeholder: 'secret', description: 'bearer token that allows POST /api/reports (also $NEWSGRAPH_TOKEN)' },
  },
  examples: ['newsgraph serve', 'newsgraph serve --db newsgraph-demo.db --port 3000', 'NEWSGRAPH_TOKEN=s3cret newsgraph serve --host 0.0.0.0'],
  async run(ctx) {
    const port = portOption(ctx.values.port);
    const host = String(ctx.values.host);
    const token = (ctx.values.token as string | undefined) ?? process.env.NEWSGRAPH_TOKEN ?? null;
    if (token !== null && token.length < 8) throw usageError('--token must be at least 8 characters');
    const store = await openStore(dbLocation(ctx));
    try {
      const running = await startServer({
        store, port, host, token,
        onError: (e, req) => println(ctx.stderr, `newsgraph serve: internal error on ${req.method} ${req.url}: ${(e as Error).message}`),
      });
      const stats = await store.stats();
      println(ctx.stdout, `newsgraph: serving ${stats.reports} reports from ${dbLocation(ctx)}`);
      println(ctx.stdout, `  web UI:  ${running.url}/`);
      println(ctx.stdout, `  API:     ${running.url}/api/openapi.json`);
      println(ctx.stdout, `  writing: ${token ? 'on (bearer token required)' : 'off (no token configured)'}`);
      if (!createStaticFiles().built()) println(ctx.stderr, 'newsgraph serve: warning: the web UI is not built (npx tsc -p web/tsconfig.json); the API works');
      if (!isLoopbackHost(host)) println(ctx.stderr, `newsgraph serve: warning: bound to ${host}; anyone who can reach it can read the store`);
      println(ctx.stdout, 'Press Ctrl+C to stop.');
      await untilStopped();
      await running.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
