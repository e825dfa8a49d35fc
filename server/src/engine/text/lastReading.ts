/**
 * A pure reading of a text that keeps its last answer: the claim judge asks the same question of one sentence
 * twice in a row (whether it may claim, for its words and again for what lies outside its attributions; the
 * shape of a first-person sentence, to clear it and then to read it). One entry, so nothing grows from one
 * sentence or document to the next.
 */
export function lastReading<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastAnswer: T;
  return (text) => {
    if (text !== lastText) {
      lastAnswer = read(text);
      lastText = text;
    }
    return lastAnswer;
  };
}
