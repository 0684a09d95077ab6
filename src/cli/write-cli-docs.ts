import { writeFileSync } from 'node:fs';
import { packagePath } from '../model/paths.js';
import { COMMANDS } from './commands/index.js';
import { cliMarkdown } from './help.js';

// `npm run docs:cli`: regenerate docs/cli.md from the command definitions.
writeFileSync(packagePath('docs', 'cli.md'), cliMarkdown(COMMANDS));
console.log('wrote docs/cli.md');
