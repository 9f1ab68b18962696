/** Saved pages a browser benchmark opens, served over HTTP with the charset the CLI reads them in. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile } from '../src/cli/load';
import { REPO_ROOT, type StaticServer } from '../tests/e2e/harness';

/**
 * The page of each folder of `root` (`<root>/<id>/page.html`, ids starting with `prefix`), set up on `server` (which
 * serves `root`, or its parent when `under` names the folder there), by id.
 */
export async function servedFolderPages(
  server: StaticServer,
  root: string,
  { prefix = '', under = '' }: { prefix?: string; under?: string } = {},
): Promise<{ id: string; path: string }[]> {
  const pages: { id: string; path: string }[] = [];
  for (const id of readdirSync(root)
    .filter((name) => name.startsWith(prefix))
    .sort()) {
    const file = join(root, id, 'page.html');
    if (!existsSync(file)) continue;
    const path = `${under}/${id}/page.html`;
    server.setCharset(path, (await loadFile(file)).encoding);
    pages.push({ id, path });
  }
  return pages;
}

/** The served paths of the HTML fixtures in these folders of tests/fixtures, a folder that is not there skipped. */
export function fixturePaths(dirs: readonly string[], keep: (file: string) => boolean = () => true): string[] {
  const paths: string[] = [];
  for (const dir of dirs) {
    const full = join(REPO_ROOT, 'tests/fixtures', dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full)
      .filter((name) => name.endsWith('.html') && keep(name))
      .sort())
      paths.push(`/fixtures/${dir}/${file}`);
  }
  return paths;
}
