import { benchAnalyze } from './analyze.js';
import { benchIngest } from './ingest.js';
import { benchLink } from './link.js';

// `npm run bench [-- analyze|ingest|link]`: throughput figures; see bench/README.md.
const which = process.argv[2];
if (!which || which === 'analyze') await benchAnalyze();
if (!which || which === 'ingest') await benchIngest();
if (!which || which === 'link') await benchLink();
