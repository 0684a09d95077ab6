import type { CommandSpec } from './command.js';

function optionLine(name: string, o: CommandSpec['options'][string]): [string, string] {
  const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${o.placeholder ?? 'value'}>` : ''}`;
  const def = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : '';
  return [flag, `${o.description}${o.multiple ? '; may be repeated' : ''}${def}`];
}

/** The usage line of a command: `newsgraph ingest [options] <path>...`. */
export function usageLine(c: CommandSpec): string {
  const pos = (c.positionals ?? []).map((p) => {
    const n = `${p.name}${p.variadic ? '...' : ''}`;
    return p.required ? `<${n}>` : `[${n}]`;
  });
  return ['newsgraph', c.name, '[options]', ...pos].join(' ');
}

/** Help text for one command: usage, description, options, examples. */
export function commandHelp(c: CommandSpec): string {
  const rows = Object.entries(c.options).map(([n, o]) => optionLine(n, o));
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = [`Usage: ${usageLine(c)}`, '', c.summary];
  if (c.description) lines.push('', c.description);
  lines.push('', 'Options:', ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`));
  if (c.examples.length) lines.push('', 'Examples:', ...c.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/** The top-level help: every command with its summary. */
export function mainHelp(commands: CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `newsgraph ${version} — who said and did what, to whom, when, on whose word, and what is still unknown.`,
    '',
    'Usage: newsgraph <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `newsgraph <command> --help` for a command\'s options and examples.',
    'Start with `newsgraph demo`.',
    '',
  ].join('\n');
}

/** docs/cli.md, generated from the command definitions (a test keeps the file in step). */
export function cliMarkdown(commands: CommandSpec[]): string {
  const out = ['# CLI reference', '', '<!-- Generated from src/cli/commands by `npm run docs:cli`; a test checks it is current. -->', ''];
  out.push('Every command accepts `--help`. Errors print as `newsgraph: <code>: <message>` on stderr.', '');
  out.push('Exit codes: 0 success; 1 failure (for `ingest`: some inputs were rejected); 2 usage error.', '');
  for (const c of commands) {
    out.push(`## newsgraph ${c.name}`, '', c.summary, '');
    if (c.description) out.push(c.description, '');
    out.push('```', usageLine(c), '```', '');
    out.push('| option | meaning |', '|---|---|');
    for (const [n, o] of Object.entries(c.options)) {
      const [flag, desc] = optionLine(n, o);
      out.push(`| \`${flag}\` | ${desc.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
    if (c.examples.length) out.push('Examples:', '', '```sh', ...c.examples, '```', '');
  }
  return out.join('\n');
}
