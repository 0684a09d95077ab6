import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The package's root folder (where package.json is), found from this module's location, so
 * models/ and examples/ resolve the same from src/ (tests) and dist/ (build) and when installed.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('newsgraph: cannot find the package root');
    dir = up;
  }
  root = dir;
  return dir;
}

/** Path of a file under the package root: `packagePath('models', 'ner.bin')`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
