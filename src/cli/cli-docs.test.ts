import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { packagePath } from '../model/paths.js';
import { COMMANDS } from './commands/index.js';
import { cliMarkdown } from './help.js';

it('docs/cli.md matches the command definitions (run `npm run docs:cli` after changing a command)', () => {
  assert.equal(readFileSync(packagePath('docs', 'cli.md'), 'utf8'), cliMarkdown(COMMANDS));
});

it('every command has a summary and at least one example', () => {
  for (const c of COMMANDS) {
    assert.ok(c.summary.length > 10, c.name);
    assert.ok(c.examples.length > 0, c.name);
    assert.ok(c.examples.some((e) => new RegExp(`(^|[ |])newsgraph ${c.name}( |$)`).test(e)), `${c.name}: no example runs it`);
  }
});
