import type { Writable } from 'node:stream';
import type { IngestProgress } from '../engine/ingest.js';

/**
 * A one-line progress display for terminals (redrawn at most every 100 ms); silent elsewhere,
 * so logs and pipes stay clean.
 */
export function createProgress(stream: Writable & { isTTY?: boolean }, label: string) {
  const on = Boolean(stream.isTTY);
  let last = 0;
  const line = (p: IngestProgress) => {
    const rate = p.elapsedMs > 0 ? (p.stored / (p.elapsedMs / 1000)).toFixed(1) : '0.0';
    return `${label}: ${p.read} read, ${p.stored} stored, ${p.duplicates} already stored, ${p.rejected} rejected — ${rate} reports/s`;
  };
  return {
    update(p: IngestProgress) {
      if (!on) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      stream.write(`\r\x1b[2K${line(p)}`);
    },
    done() {
      if (on) stream.write('\r\x1b[2K');
    },
  };
}
