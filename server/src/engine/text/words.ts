/**
 * The words of a text: runs of letters and digits, with an apostrophe or a hyphen inside a word kept ("don’t",
 * "well-known"). For counting words and comparing them; the tokenizer (tokens.ts) gives offsets, capitals and
 * possessives when a stage needs them.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const words = (text: string): string[] => text.match(WORD) ?? [];
