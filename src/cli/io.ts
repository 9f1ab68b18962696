/** Errors the CLI reports as one clear line and a non-zero exit, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Parse `--name value` and `--flag` options; everything else is positional. */
export function parseArgs(
  args: string[],
  flags: readonly string[] = [],
): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) options[key] = inline;
    else if (flags.includes(key)) options[key] = true;
    else {
      const value = args[++i];
      if (value === undefined) throw new CliError(`--${key} needs a value`, 2);
      options[key] = value;
    }
  }
  return { options, positional };
}
