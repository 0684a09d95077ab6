import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL server to test against: DATABASE_URL's, or a throwaway one this process started. */
export interface TestServer {
  /** URL of a database to run CREATE DATABASE from. */
  adminUrl: string;
  /** URL of database `name` on the same server. */
  urlFor(name: string): string;
  /** Stop the server if this process started it (a no-op for DATABASE_URL). */
  stop(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  /** Drop the database (and stop a throwaway server). */
  drop(): Promise<void>;
}

/** Why PostgreSQL tests skip on this machine, or null when they can run. */
export function pgUnavailableReason(): string | null {
  if (process.env.DATABASE_URL) return null;
  return findPgBin() ? null : 'no PostgreSQL binaries found (install postgresql, or set DATABASE_URL to a server to test against)';
}

/** The newest installed PostgreSQL bin folder with initdb, pg_ctl and postgres, or null. */
export function findPgBin(): string | null {
  const have = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)));
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (have(join(root, v, 'bin'))) return join(root, v, 'bin');
  }
  const cfg = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = cfg.status === 0 ? cfg.stdout.trim() : '';
  return dir && have(dir) ? dir : null;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Start a throwaway server in a temporary folder, reachable only through a Unix socket in that
 * folder (so it never collides with another server's port). As root, PostgreSQL refuses to run,
 * so the folder is handed to the `postgres` user and the server runs as that user.
 * `durable: false` (the default, for tests) turns fsync off.
 */
export async function startThrowawayServer(options: { durable?: boolean } = {}): Promise<TestServer> {
  const bin = findPgBin();
  if (!bin) throw new Error(pgUnavailableReason() ?? 'no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pg-'));
  const data = join(dir, 'data');
  const isRoot = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]): [string, string[]] => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (isRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('running as root, but there is no postgres user to run the server as');
    chownSync(dir, uid, gid);
  }
  await run(...as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']));
  const durable = options.durable ?? false;
  appendFileSync(join(data, 'postgresql.conf'), [
    "listen_addresses = ''",
    `unix_socket_directories = '${dir}'`,
    'port = 5432',
    'max_connections = 60',
    ...(durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']),
    '',
  ].join('\n'));
  await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']));
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(...as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);
  const urlFor = (name: string) => `postgres://postgres@localhost/${name}?host=${encodeURIComponent(dir)}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      process.removeListener('exit', stopSync);
      stopSync();
    },
  };
}

/** DATABASE_URL's server when set, else a throwaway one. */
export async function startTestServer(): Promise<TestServer> {
  const env = process.env.DATABASE_URL;
  if (env) return { adminUrl: env, urlFor: (name) => withDatabase(env, name), stop: async () => undefined };
  return startThrowawayServer();
}

/** Create a uniquely named, empty database on `server`. */
export async function createDatabase(server: TestServer, prefix = 'newsgraph_test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: server.urlFor(name),
    async drop() {
      const c = new pg.Client({ connectionString: server.adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A fresh database for one test file: on DATABASE_URL's server or a throwaway one; `drop` cleans up both. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = await startTestServer();
  const db = await createDatabase(server);
  return {
    url: db.url,
    async drop() {
      await db.drop().catch(() => undefined);
      await server.stop();
    },
  };
}
