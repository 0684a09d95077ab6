import type { Writable } from 'node:stream';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Shown in help as `--name <placeholder>`. */
  placeholder?: string;
  default?: string | boolean;
  /** May be given more than once. */
  multiple?: boolean;
}

export interface PositionalSpec {
  name: string;
  required?: boolean;
  variadic?: boolean;
}

/** What a command sees when it runs: parsed flags, positionals and the output streams. */
export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  cwd: string;
}

/** A CLI command, declared as data so help and docs/cli.md are generated from it. */
export interface CommandSpec {
  name: string;
  summary: string;
  description?: string;
  positionals?: PositionalSpec[];
  options: Record<string, OptionSpec>;
  examples: string[];
  /** Returns the exit code. Throw CliError for failures users can act on. */
  run(ctx: CommandContext): Promise<number>;
}

/** A failure to print as `newsgraph: <code>: <message>` with a non-zero exit code. */
export class CliError extends Error {
  constructor(readonly code: string, message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Usage errors exit 2. */
export function usageError(message: string): CliError {
  return new CliError('usage', message, 2);
}

export const DB_OPTION: OptionSpec = {
  type: 'string', placeholder: 'path|url',
  description: 'the store: a SQLite file path, or a postgres:// URL (default: $NEWSGRAPH_DB, else ./newsgraph.db)',
};
export const JSON_OPTION: OptionSpec = { type: 'boolean', description: 'print machine-readable JSON instead of text' };
export const LIMIT_OPTION: OptionSpec = { type: 'string', placeholder: 'n', default: '20', description: 'how many items to show' };

/** The store location from --db, then $NEWSGRAPH_DB, then the default. */
export function dbLocation(ctx: CommandContext): string {
  const given = ctx.values.db as string | undefined;
  if (given !== undefined && given.trim() === '') throw usageError('--db needs a path or a postgres:// URL');
  return given ?? (process.env.NEWSGRAPH_DB || './newsgraph.db');
}

/** Parse a positive integer flag, or fail as a usage error. */
export function intOption(ctx: CommandContext, name: string, fallback: number): number {
  const v = ctx.values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--${name} takes a whole number of 1 or more, not ${JSON.stringify(v)}`);
  return n;
}

/** Write a line (adds the newline). */
export function println(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}

/** Print data as pretty JSON. */
export function printJson(stream: Writable, data: unknown): void {
  stream.write(`${JSON.stringify(data, null, 2)}\n`);
}
