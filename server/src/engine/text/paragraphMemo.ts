/**
 * A pure reading of a place in a text, kept for as long as that text is the one asked about: the attribution stage
 * asks the same question of a paragraph several times over (the words before a cue, asked by the cue pass, the
 * learned cues and the clause breaks alike), and each answer costs a few pattern scans. One text at a time, so
 * nothing grows from one paragraph to the next, and an answer never serves another text.
 */
export function paragraphMemo<A extends (number | boolean)[], T>(read: (text: string, ...args: A) => T): (text: string, ...args: A) => T {
  let lastText: string | undefined;
  const answers = new Map<string, T>();
  return (text, ...args) => {
    if (text !== lastText) {
      answers.clear();
      lastText = text;
    }
    const key = args.join(' ');
    const kept = answers.get(key);
    if (kept !== undefined || answers.has(key)) return kept as T;
    const answer = read(text, ...args);
    answers.set(key, answer);
    return answer;
  };
}
