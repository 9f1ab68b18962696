/** `npx qingdu <command> …` (or `npm run -s cli -- <command> …`): the pipeline over saved files, with the same code the extension runs. */
import { CliError } from './io';

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  extract: () => import('./extract'),
  convert: () => import('./convert'),
  cite: () => import('./cite'),
};

const usage = `usage: qingdu <command> [options] <file>
  extract <file.txt|file.html> [--url URL] [--format text|json|markdown] [--accessed YYYY-MM-DD]
  convert [--from auto|hans|hant|tw|twp|hk] --to hans|hant|tw|twp|hk <file>
  cite --style gbt7714|apa|mla|chicago|csl-json|bibtex|ris <file> --url URL [--accessed YYYY-MM-DD]
Many pages, one JSON line each (JSON Lines), from files, folders, a WARC archive, or - for paths on stdin:
  extract --json [--jobs N] <dir|file…|archive.warc[.gz]|->
  convert --to … --json [--jobs N] <dir|file…|archive.warc[.gz]|->
  cite --style … --json [--jobs N] [--accessed YYYY-MM-DD] <dir|file…|archive.warc[.gz]|->`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${usage}\n`);
    return 2;
  }
  try {
    await (await load()).run(args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`qingdu ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`qingdu ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 70;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
