import type { CommandSpec } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';
import { workerCommand } from './worker.js';
import { entityCommand } from './entity.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { linkCommand } from './link.js';
import { provenanceCommand } from './provenance.js';
import { storiesCommand, storyCommand } from './stories.js';
import { timelineCommand } from './timeline.js';
import { unknownsCommand } from './unknowns.js';
import { watchCommand } from './watch.js';
import { whoSaidCommand } from './who-said.js';


/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CommandSpec[] = [
  demoCommand,
  ingestCommand,
  analyzeCommand,
  searchCommand,
  showCommand,
  statsCommand,
  whoSaidCommand,
  unknownsCommand,
  timelineCommand,
  entityCommand,
  storiesCommand,
  storyCommand,
  provenanceCommand,
  linkCommand,
  evalCommand,
  exportCommand,
  watchCommand,
  workerCommand,
  serveCommand,
];
