import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MiddlewareHandler } from 'hono';

/*
 * /docs: Swagger UI over /openapi.json, from the swagger-ui-dist package (nothing fetched at
 * run time). The page has no inline script, so the Content-Security-Policy holds here too.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley API</title><link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>`;

const INIT = "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n";

export function docsFiles(): MiddlewareHandler {
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const files = new Map<string, { body: string | Uint8Array; type: string }>([
    ['/docs', { body: PAGE, type: 'text/html; charset=utf-8' }],
    ['/docs/init.js', { body: INIT, type: 'text/javascript; charset=utf-8' }],
    ['/docs/swagger-ui.css', { body: readFileSync(join(dist, 'swagger-ui.css')), type: 'text/css; charset=utf-8' }],
    ['/docs/swagger-ui-bundle.js', { body: readFileSync(join(dist, 'swagger-ui-bundle.js')), type: 'text/javascript; charset=utf-8' }],
  ]);
  return async (c, next) => {
    const file = files.get(c.req.path === '/docs/' ? '/docs' : c.req.path);
    if (!file || c.req.method !== 'GET') return next();
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(file.body as string, 200);
  };
}
