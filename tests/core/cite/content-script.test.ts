import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths';

const root = REPO_ROOT;
/** `import x from '…'`, `export … from '…'`, `import '…'`; group 1 marks a type-only import. */
const staticImport = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const dynamicImport = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && path.match(/\.tsx?$/),
  );
}

/** Every project file an entry reaches through value imports (type-only imports vanish from the bundle). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...source.matchAll(staticImport)].filter((match) => !match[1]).map((match) => match[2]!),
      ...[...source.matchAll(dynamicImport)].map((match) => match[1]!),
    ];
    for (const specifier of specifiers) {
      const target = resolveLocal(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

/** Scripts that run in the page: content scripts and the unlisted scripts injected into tabs. */
const pageScripts = readdirSync(join(root, 'entrypoints'))
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => join(root, 'entrypoints', name))
  .filter((path) => /define(?:ContentScript|UnlistedScript)\(/.test(readFileSync(path, 'utf8')));

describe('scripts that run in the page', () => {
  it('are found', () => {
    expect(pageScripts.length).toBeGreaterThan(0);
  });

  it.each(pageScripts.map((path) => relative(root, path)))('%s does not bundle the citation code', (entry) => {
    const files = [...reachable(join(root, entry))].map((file) => relative(root, file));
    expect(files).toContain(entry);
    expect(files.filter((file) => file.startsWith('src/core/cite/'))).toEqual([]);
  });

  it('would notice the citation code if a module it loads imported it', () => {
    const files = [...reachable(join(root, 'src/cli/cite.ts'))].map((file) => relative(root, file));
    expect(files).toContain('src/core/cite/gbt7714.ts');
  });
});
