/**
 * .gitignore-style exclude patterns, as a desk writes them in `.sourcinglens.json`: `drafts/`, `*.draft.md`,
 * `/archive`, `**\/wires/*.txt`, `!keep.md`. Paths are relative to the folder holding the house-style file, with
 * forward slashes. The last matching pattern wins, as in git.
 */

interface Rule {
  negated: boolean;
  directoryOnly: boolean;
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** One glob to a regular expression over a whole relative path; no nested quantifiers, so no backtracking blow-up. */
function globToRegExp(glob: string, anchored: boolean): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += escape(c);
  }
  return new RegExp(`${anchored ? '^' : '^(?:[^/]*/)*'}${source}$`);
}

function toRule(line: string): Rule | null {
  let pattern = line.trim();
  if (!pattern || pattern.startsWith('#')) return null;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  return pattern ? { negated, directoryOnly, re: globToRegExp(pattern, anchored) } : null;
}

const compiled = new Map<string, Rule | null>();

/** Whether the patterns leave this path out. */
export function excludes(patterns: readonly string[], relativePath: string, isDirectory: boolean): boolean {
  let excluded = false;
  for (const pattern of patterns) {
    if (!compiled.has(pattern)) compiled.set(pattern, toRule(pattern));
    const rule = compiled.get(pattern);
    if (!rule || (rule.directoryOnly && !isDirectory)) continue;
    if (rule.re.test(relativePath)) excluded = !rule.negated;
  }
  return excluded;
}
