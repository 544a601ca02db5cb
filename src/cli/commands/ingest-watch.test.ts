import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScanning } from './ingest.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the watched folder is also scanned: files added while the watch is set up, or whose events are lost, are noticed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-scan-'));
  try {
    writeFileSync(join(dir, 'old.json'), '{}');
    utimesSync(join(dir, 'old.json'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const since = Date.now() - 1000;
    writeFileSync(join(dir, 'during-start.json'), '{}');
    const noticed: string[] = [];
    const scanner = startScanning(dir, since, (name) => noticed.push(name));
    try {
      assert.deepEqual(noticed, ['during-start.json'], 'the first scan reports what changed since the ingest began, not what it read');
      writeFileSync(join(dir, 'later.json'), '{}');
      for (let waited = 0; !noticed.includes('later.json') && waited < 10_000; waited += 100) await wait(100);
      assert.deepEqual(noticed, ['during-start.json', 'later.json']);
    } finally {
      clearInterval(scanner);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
