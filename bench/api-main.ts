import { benchApi } from './api.js';

// `node dist/bench/api-main.js [reports] [requests] [db-to-keep]`: API latency percentiles.
const target = Number(process.argv[2] ?? 10_000);
const requests = Number(process.argv[3] ?? 300);
await benchApi(target, requests, process.argv[4] ?? null);
