/**
 * Every match of a global pattern in a text, in order: what `text.matchAll(pattern)` lists, read with the pattern
 * itself. matchAll runs a copy of the pattern for each text it reads, and V8 compiles each copy anew: for the long
 * alternations of the lexicon that cost more than the scan (IMPERSONAL_CUE, some 6,800 characters of pattern, took
 * about 20 µs a call to copy and a few to run). The pattern's lastIndex is left at 0, where matchAll's copy starts.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // an empty match steps on by one character (by a whole code point under the u flag), as matchAll's does
    if (m[0] === '') pattern.lastIndex += pattern.unicode && isPairAt(text, pattern.lastIndex) ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return out;
}

const isPairAt = (text: string, i: number) =>
  (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
