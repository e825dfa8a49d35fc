/**
 * Letter triples that stand in a large share of English words (the commonest of news copy: "the", "ing",
 * "con", and those of words every story has: "council", "report", "official", "their"). text/literalFilter.ts
 * files a pattern's literal under a rarer triple of it, so that a sentence's common words do not make it look.
 */
import { wordList } from './wordList';

export const COMMON_LETTER_TRIPLES = wordList(`
  the and ing ion tio ent ati for her ter hat tha ere ate his con res ver all ons nce men ith ted ers pro thi wit
  are ess not ive was ect rea com eve per int est sta cti ica ist ear ain one our iti rat hav ave und cou oun wor
  ort por pre pla ffi off igh ght lly ous ity sai aid whi hic ich wer ome out man ple ill eir hei hey tho tor ort
  din ess sti str tin ran ree red ine ren ali lit ill nte als ast
`);
