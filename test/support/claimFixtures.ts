/**
 * The claim tests' fixture tables: one test per invented sentence, read by `classifyClaim` (the wording alone) or
 * through the whole pipeline as the body of a story (`flagged`), so that each table states only its sentences.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { claimFindings } from '../../server/src/engine/findings/claimFindings';
import type { ClaimModel } from '../../server/src/engine/findings/claimModel';
import { classifyClaim } from '../../server/src/engine/findings/claims';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import type { ArticleModel, ClaimCategory, Finding } from '../../server/src/engine/model';

/** A story body under a headline, as the claim check reads an article. */
const story = (body: string): string => `Harbour board meets\n${body}`;

/** The unattributed-claim findings of a story body. */
export const claimsOf = (body: string): Finding[] => analyze(story(body)).findings.filter((f) => f.code === 'unattributed-claim');

/** The words of every unattributed claim an analysed article flags. */
export const flaggedIn = (model: ArticleModel): string[] =>
  model.findings.filter((f) => f.code === 'unattributed-claim').map((f) => model.text.slice(f.start, f.end));

/** The flagged sentences of a story body, each with its category. */
export function flagged(body: string): [string, ClaimCategory | undefined][] {
  const text = story(body);
  return claimsOf(body).map((f) => [text.slice(f.start, f.end), f.data?.category]);
}

/** As `flagged`, read with `model` instead of the rules alone the suites read with (see rulesOnlyClaims.ts). */
export function flaggedWith(model: ClaimModel, body: string): [string, ClaimCategory | undefined][] {
  const text = story(body);
  return claimFindings(new ArticleReader(analyze(text), BUILT_IN_VOCABULARY), model).map((f) => [text.slice(f.start, f.end), f.data?.category]);
}

/** The flagged sentences of a story body, without their categories. */
export const flaggedSentences = (body: string): string[] => flagged(body).map(([sentence]) => sentence);

/** One test per sentence: its wording reads as no claim. */
export function itReadsNoClaim(sentences: readonly string[]): void {
  for (const sentence of sentences) it(`no claim: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), null));
}

/** One test per sentence: its wording reads as a claim of the category given with it. */
export function itReadsClaims(cases: readonly (readonly [string, ReturnType<typeof classifyClaim>])[]): void {
  for (const [sentence, category] of cases) it(`${category}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), category));
}

/** One test per story body: the claim check flags nothing in it (`title` opens each test's name). */
export function itFlagsNothing(bodies: readonly string[], title = 'quiet'): void {
  for (const body of bodies) it(`${title}: ${body}`, () => assert.deepStrictEqual(flagged(body), []));
}

/** One test per story body: the claim check flags the whole body, once, as `category`. */
export function itFlagsAs(category: ClaimCategory, bodies: readonly string[], title: string = category): void {
  for (const body of bodies) it(`${title}: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, category]]));
}
