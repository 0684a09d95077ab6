import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../../../model/paths.js';
import type { ClusterLookup } from './extract.js';

/** Where the shipped word classes live: one `word<TAB>class` per line, class a bit-string path. */
export const CLUSTERS_FILE = packagePath('models', 'ner-clusters.tsv');

let cache: ClusterLookup | null | undefined;

/** Parse the clusters file text into a lookup. */
export function parseClusters(text: string): ClusterLookup {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return (w) => map.get(w);
}

/** The shipped word classes, or null when the model was trained without them. */
export function loadClusterLookup(): ClusterLookup | null {
  if (cache !== undefined) return cache;
  cache = existsSync(CLUSTERS_FILE) ? parseClusters(readFileSync(CLUSTERS_FILE, 'utf8')) : null;
  return cache;
}

/** Forget the loaded classes (after the training command rewrote the file). */
export function resetClusterCache(): void {
  cache = undefined;
}
