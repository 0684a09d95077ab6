import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { packagePath } from '../model/paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface StaticFile {
  path: string;
  type: string;
  sizeBytes: number;
}

/** The ESM build of cytoscape from node_modules, served as /vendor/cytoscape.mjs. */
export function cytoscapePath(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('cytoscape');
    const file = join(dirname(main), 'cytoscape.esm.min.mjs');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Where the web UI's files are: `public/` (HTML, CSS) and `build/` (compiled scripts) under
 * the web root, which defaults to the package's web/ folder.
 */
export function createStaticFiles(webRoot = packagePath('web')) {
  const roots = [resolve(webRoot, 'build'), resolve(webRoot, 'public')];
  const vendor: Record<string, string | null> = { 'cytoscape.mjs': cytoscapePath() };

  const fileAt = (root: string, rel: string[]): StaticFile | null => {
    if (!rel.every((s) => SAFE_SEGMENT.test(s))) return null;
    const path = resolve(root, ...rel);
    if (!path.startsWith(root + sep)) return null;
    const type = TYPES[extname(path)];
    if (!type) return null;
    try {
      const st = statSync(path);
      return st.isFile() ? { path, type, sizeBytes: st.size } : null;
    } catch {
      return null;
    }
  };

  return {
    /** The file for a URL path under /app/ or /vendor/, or null. Names are checked, never joined blindly. */
    lookup(pathname: string): StaticFile | null {
      const segments = pathname.split('/').slice(1);
      if (segments[0] === 'vendor' && segments.length === 2) {
        const file = vendor[segments[1]];
        return file ? { path: file, type: TYPES['.mjs'], sizeBytes: statSync(file).size } : null;
      }
      if (segments[0] !== 'app' || segments.length < 2) return null;
      for (const root of roots) {
        const f = fileAt(root, segments.slice(1));
        if (f) return f;
      }
      return null;
    },
    /** The single page every UI route loads. */
    index(): StaticFile | null {
      return fileAt(roots[1], ['index.html']);
    },
    /** True when the compiled scripts exist (the UI was built). */
    built(): boolean {
      return existsSync(join(roots[0], 'main.js'));
    },
    stream: (f: StaticFile) => createReadStream(f.path),
  };
}

export type StaticFiles = ReturnType<typeof createStaticFiles>;
