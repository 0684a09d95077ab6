import type { CommandSpec } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';
import { workerCommand } from './worker.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CommandSpec[] = [
  demoCommand,
  ingestCommand,
  analyzeCommand,
  searchCommand,
  showCommand,
  statsCommand,
  workerCommand,
  serveCommand,
];
