import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from './auth.js';
import { createHandler, type HandlerOptions } from './create-handler.js';

export interface StartOptions extends Omit<HandlerOptions, 'loopbackOnly'> {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** The base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Start the API and UI server. Bound to loopback it also refuses non-loopback Host headers
 * (DNS rebinding). Resolves once listening; `close()` stops it and drops idle connections.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const handler = createHandler({ ...options, loopbackOnly: isLoopbackHost(host) });
  const server = createServer((req, res) => void handler(req, res));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port,
    url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}`,
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}
