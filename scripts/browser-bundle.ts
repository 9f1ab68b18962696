/** Code to run inside a page under test: `contents` (TypeScript, imports resolved from the repository) as one script. */
import { build } from 'esbuild';
import { REPO_ROOT } from '../tests/e2e/harness';

export async function browserBundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
