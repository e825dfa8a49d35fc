/**
 * `node out/test/eval/actorJunk.js DIR [--list]`: counts actors on a PolNeAR split (DIR/text) that are
 * likely junk, for measuring the people side where no gold lists people:
 * - persons whose name holds digits, an organisation or photo-credit word ("Getty Images"), or, with no known first
 *   name, ends in a place or building word ("Palm Beach") or holds only common words ("Physically Assaulting");
 * - organisations whose name holds digits or is a lone generic organisation word ("TV");
 * - one outlet counted twice ("AP" and "Associated Press" in one article).
 * A heuristic, not a gold: read the listing (--list) before trusting a change in the counts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';
import type { Actor } from '../../server/src/engine/model';
import { CREDIT_WORDS, isCountry, isFirstName, isPlaceHead, isPlaceWord, stemTags } from '../../server/src/engine/lexicon/people';
import { KNOWN_ORGS, ORG_WORDS } from '../../server/src/engine/lexicon/organizations';

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);

const nameWordsOf = (name: string) => name.split(/[\s\u00a0]+/).map((w) => w.replace(/['’]s?$/, '').replace(/[.,]/g, '')).filter(Boolean);

/** Why a person actor looks like junk, or undefined. */
export function personJunk(a: Actor): string | undefined {
  const words = nameWordsOf(a.name).map((w) => w.toLowerCase());
  if (/\d/.test(a.name)) return 'digits';
  if (words.some((w) => ORG_WORDS.has(w) || CREDIT_WORDS.has(w))) return 'organisation or credit word';
  if (words.some(isFirstName)) return undefined;
  if (words.length > 1 && isPlaceHead(words[words.length - 1])) return 'place';
  if (words.some((w) => isPlaceWord(w) || isCountry(w))) return 'place';
  if (words.every(commonWord)) return 'common words';
  return undefined;
}

/** A dictionary word that is no name, or one shaped like an adverb or a participle ("Resoundingly", "Assaulting"). */
const commonWord = (w: string) => /(?:ly|ing)$/.test(w) || (stemTags(w).length > 0 && !stemTags(w).some((t) => NAME_TAGS.has(t)));

/** Why an organisation actor looks like junk, or undefined. */
export function organizationJunk(a: Actor): string | undefined {
  const words = nameWordsOf(a.name).map((w) => w.toLowerCase());
  if (/\d/.test(a.name)) return 'digits';
  if (words.length === 1 && ORG_WORDS.has(words[0]) && !KNOWN_ORGS.has(words[0])) return 'lone organisation word';
  return undefined;
}

const OUTLET_TWINS: [RegExp, RegExp][] = [
  [/^AP$/, /^(?:the )?Associated Press$/i],
  [/^AFP$/, /^Agence France-Presse$/i],
];

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node out/test/eval/actorJunk.js DIR [--list]\n');
    return 2;
  }
  const list = argv.includes('--list');
  const textDir = path.join(dir, 'text');
  const counts = { articles: 0, persons: 0, noFirstName: 0, organizations: 0, personJunk: 0, organizationJunk: 0, twins: 0 };
  for (const f of fs.readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const model = analyze(fs.readFileSync(path.join(textDir, f), 'utf8'));
    counts.articles++;
    for (const a of model.actors) {
      const why = a.kind === 'person' ? personJunk(a) : a.kind === 'organization' ? organizationJunk(a) : undefined;
      if (a.kind === 'person') counts.persons++;
      if (a.kind === 'person' && !nameWordsOf(a.name).some((w) => isFirstName(w.toLowerCase()))) counts.noFirstName++;
      if (a.kind === 'organization') counts.organizations++;
      if (!why) continue;
      if (a.kind === 'person') counts.personJunk++;
      else counts.organizationJunk++;
      if (list) process.stdout.write(`${f}\t${a.kind}\t${why}\t${a.name}\n`);
    }
    const names = model.actors.map((a) => a.name);
    for (const [short, long] of OUTLET_TWINS) {
      if (names.some((n) => short.test(n)) && names.some((n) => long.test(n))) {
        counts.twins++;
        if (list) process.stdout.write(`${f}\ttwin\t${short.source}\n`);
      }
    }
  }
  process.stdout.write(
    `${counts.articles} articles: ${counts.persons} persons, ${counts.personJunk} junk, ${counts.noFirstName} with no known first name; ` +
      `${counts.organizations} organisations, ${counts.organizationJunk} junk; ${counts.twins} outlets counted twice\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
