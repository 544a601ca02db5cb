import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile { readonly body: Uint8Array; readonly type: string; readonly immutable: boolean }

/**
 * The files of a built folder, read once at start-up into a map from URL path to content.
 * A request is looked up in the map and never joined onto a file-system path, so `..`,
 * encoded slashes or links cannot reach anything outside the folder.
 */
export function loadStaticFiles(root: string, prefix = '/'): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile() && TYPES[extname(name)]) {
        const url = prefix + relative(root, path).split(sep).join('/');
        files.set(url, { body: readFileSync(path), type: TYPES[extname(name)], immutable: url.includes('/assets/') });
      }
    }
  };
  walk(root);
  return files;
}

/** Serves the map's files; `fallback` (the single-page app's index) answers other GETs outside /api. */
export function serveFiles(files: Map<string, StaticFile>, fallback?: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    const file = files.get(path) ?? (path === '/' || (fallback && !path.startsWith('/api/') && !extname(path)) ? files.get(fallback ?? '/index.html') : undefined);
    if (!file) return next();
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200);
  };
}
