import type { Analysis } from '../model/analysis.js';
import { createPipeline } from '../nlp/pipeline.js';
import { startServer, type RunningServer, type StartOptions } from './start-server.js';
import { createFixtureStore } from './fixture-reports.js';

export interface TestServer extends RunningServer {
  /** GET (or another method) a path and parse the JSON answer. */
  call(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  stop(): Promise<void>;
}

/**
 * Start the real server on a free loopback port over a temp SQLite store filled with fixture
 * analyses. The pipeline for POST is an empty one, so tests do not depend on the NLP.
 */
export async function startTestServer(options: Partial<StartOptions> = {}, analyses?: Analysis[]): Promise<TestServer> {
  const { store, cleanup } = await createFixtureStore(analyses);
  const running = await startServer({ store, port: 0, host: '127.0.0.1', pipeline: async () => createPipeline([]), ...options });
  return {
    ...running,
    async call(path, init) {
      const res = await fetch(running.url + path, init);
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON (static files): keep the text.
      }
      return { status: res.status, headers: res.headers, body };
    },
    async stop() {
      await running.close();
      await cleanup();
    },
  };
}
