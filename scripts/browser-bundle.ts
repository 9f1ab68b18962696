/**
 * Code to run inside a page under test: `contents` (TypeScript, imports resolved from the repository, or from `root`,
 * another tree of it) as one script.
 */
import { build } from 'esbuild';
import { REPO_ROOT } from '../tests/e2e/harness';

export async function browserBundle(contents: string, root = REPO_ROOT): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
