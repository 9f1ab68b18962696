#!/usr/bin/env node
/**
 * `npx qingdu …` from a clone, after `npm ci`. The CLI is TypeScript: esbuild (installed with tsx) bundles it into
 * node_modules/.cache/qingdu-cli/<hash of the bundle>/ once per version of the sources, and it runs from there, which
 * starts in about half the time of compiling module by module; worker threads load the bundled worker beside it.
 * Where the bundle cannot be built or written, tsx runs the sources instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'src', 'cli');
const cache = join(root, 'node_modules', '.cache', 'qingdu-cli');
/** Bundles of earlier sources are removed once unused this long (a run may still be loading from one). */
const STALE_MS = 60 * 60 * 1000;

let main;
try {
  main = await bundle();
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  main = join(sources, 'main.ts');
}
await import(pathToFileURL(main).href);

async function bundle() {
  const { build } = await import('esbuild');
  const out = '/bundle';
  const { outputFiles } = await build({
    // The worker keeps the name the batch runner starts it by.
    entryPoints: { main: join(sources, 'main.ts'), 'batch-worker-entry': join(sources, 'batch-worker.ts') },
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    outdir: out,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const file of outputFiles) hash.update(file.path).update(file.contents);
  const dir = join(cache, hash.digest('hex').slice(0, 16));
  if (!existsSync(join(dir, 'main.mjs'))) {
    removeStaleBundles();
    // Written aside and renamed into place, so processes starting together never run half a bundle.
    const staging = `${dir}.${process.pid}`;
    for (const file of outputFiles) {
      const path = join(staging, relative(out, file.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(staging, dir);
    } catch {
      // Another process put the same bundle there first.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return join(dir, 'main.mjs');
}

function removeStaleBundles() {
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
