/**
 * Command-line options of the evaluation scripts, read one way: `--name value`, a repeatable `--name value`, or
 * `--name a b c` up to the next option.
 */

/** The value after an option, or undefined when the option is absent. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Every value given to a repeatable option (`--skip A --skip B`). */
export const optionValues = (argv: readonly string[], name: string): string[] =>
  argv.flatMap((arg, i) => (arg === name && i + 1 < argv.length ? [argv[i + 1]] : []));

/** The arguments after an option, up to the next option (`--detection DIR DIR`). */
export function optionList(argv: readonly string[], name: string): string[] {
  const at = argv.indexOf(name);
  if (at < 0) return [];
  const end = argv.findIndex((arg, j) => j > at && arg.startsWith('--'));
  return argv.slice(at + 1, end < 0 ? undefined : end);
}
