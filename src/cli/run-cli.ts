import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { packagePath } from '../model/paths.js';
import { StoreError } from '../store/store.js';
import { CliError, type CommandContext, type CommandSpec, println } from './command.js';
import { commandHelp, mainHelp } from './help.js';
import { COMMANDS } from './commands/index.js';

/** The package version, from package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

function parse(spec: CommandSpec, args: string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError('usage', `${(e as Error).message.replace(/\. To specify a positional.*$/s, '')} (see \`newsgraph ${spec.name} --help\`)`, 2);
  }
}

/**
 * Run the CLI in-process: `args` without the node and script names. Returns the exit code;
 * errors users can act on print as `newsgraph: <code>: <message>`, never a stack trace.
 */
export async function runCli(args: string[], io: Pick<CommandContext, 'stdout' | 'stderr'> & { cwd?: string }): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : mainHelp(COMMANDS, version()));
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    println(io.stdout, version());
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) {
    println(io.stderr, `newsgraph: usage: unknown command "${name}"; run \`newsgraph --help\` for the list`);
    return 2;
  }
  try {
    const parsed = parse(spec, rest);
    if (parsed.values.help) {
      io.stdout.write(commandHelp(spec));
      return 0;
    }
    const values: CommandContext['values'] = {};
    for (const [k, o] of Object.entries(spec.options)) if (o.default !== undefined) values[k] = o.default;
    Object.assign(values, parsed.values);
    const required = (spec.positionals ?? []).filter((p) => p.required);
    if (parsed.positionals.length < required.length) {
      throw new CliError('usage', `missing <${required[parsed.positionals.length].name}> (see \`newsgraph ${spec.name} --help\`)`, 2);
    }
    const maxPositionals = (spec.positionals ?? []).some((p) => p.variadic) ? Infinity : (spec.positionals ?? []).length;
    if (parsed.positionals.length > maxPositionals) {
      throw new CliError('usage', `unexpected argument "${parsed.positionals[maxPositionals]}" (see \`newsgraph ${spec.name} --help\`)`, 2);
    }
    return await spec.run({ values, positionals: parsed.positionals, stdout: io.stdout, stderr: io.stderr, cwd: io.cwd ?? process.cwd() });
  } catch (e) {
    if (e instanceof CliError || e instanceof StoreError) {
      println(io.stderr, `newsgraph: ${e.code}: ${e.message}`);
      return e instanceof CliError ? e.exitCode : 1;
    }
    const err = e as Error;
    println(io.stderr, `newsgraph: internal: ${err.message}`);
    if (process.env.NEWSGRAPH_DEBUG) println(io.stderr, err.stack ?? '');
    return 1;
  }
}
