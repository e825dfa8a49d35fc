/**
 * Definite descriptions of organisations ("the terror group", "the company", "the country"): the organisation a
 * description suits, referred to so before if any. Read in step 2 as the story goes, and again in step 3 when a
 * description is an attribution's source.
 */
import type { MentionCandidate } from '../mentions/reader';
import { isCountry, lexiconTags, LOCATIVE_BEFORE } from '../lexicon/people';
import { COMPANY_NAME, GROUP_NAME, looksLikeCompanyName, ORG_ANAPHORS, organizationType } from '../lexicon/organizations';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import type { Cast, Draft, Story } from './cast';
import type { History } from './history';


export class Descriptions {
  /** Named organisations by start: "The group, WeWorkers Coalition". */
  private readonly orgStarts: Map<number, MentionCandidate>;
  /** Named organisations in reading order: a description the story opens with may name one only later. */
  private readonly organizations: MentionCandidate[];
  private readonly countries: MentionCandidate[];
  /** Lone capitalised words ("Hamas"): a description that suits no known organisation may refer back to one. */
  private readonly lone: MentionCandidate[];
  private readonly loneByName = new Map<string, MentionCandidate[]>();
  private readonly located = new Map<string, boolean>();

  constructor(
    private readonly story: Story,
    private readonly cast: Cast,
    /** What has been read so far: the description looks back over it. */
    private readonly history: History,
  ) {
    const mentions = story.mentions;
    this.organizations = mentions.filter((m) => m.kind === 'organization' && !m.anaphor && !m.tentative && !m.place);
    this.orgStarts = new Map(mentions.filter((m) => m.kind === 'organization' && !m.anaphor).map((m) => [m.start, m]));
    this.countries = mentions.filter((m) => m.place && isCountry(m.name.toLowerCase()));
    this.lone = mentions.filter((m) => m.tentative && !m.place && !m.anaphor);
    for (const m of this.lone) {
      const same = this.loneByName.get(m.name);
      if (same) same.push(m);
      else this.loneByName.set(m.name, [m]);
    }
  }

  /** "the terror group", "the company", "the country": the organisation it suits; as a source, a new one if none. */
  resolve(m: MentionCandidate, asSource = false): Draft | undefined {
    const noun = m.anaphor as string;
    const kind = ORG_ANAPHORS[noun];
    const countryWord = /^(?:country|nation|kingdom)$/.test(noun);
    const suits = (d: Draft) => {
      const name = d.names[0];
      if (kind === 'group') return GROUP_NAME.test(name) || (!/\s/.test(name) && !looksLikeCompanyName(name));
      if (kind === 'company') return looksLikeCompanyName(name) || COMPANY_NAME.test(name);
      return !countryWord;
    };
    let sticky: Draft | undefined;
    let named: Draft | undefined;
    let suited: Draft | undefined;
    let nearestOrganization = -1;
    let nearby: Draft | undefined;
    const sentence = this.story.sentenceOf(m.start);
    this.history.lookBack(m.start, (d, start) => {
      if (d.kind !== 'organization') return false;
      nearestOrganization = Math.max(nearestOrganization, start);
      if (!nearby && sentence - this.story.sentenceOf(start) <= 2 && !isCountry(d.names[0].toLowerCase())) nearby = d;
      if (!sticky && d.anaphors.has(noun)) sticky = d;
      if (!named && d.words.has(noun)) named = d;
      if (!suited && suits(d)) suited = d;
      return sticky !== undefined;
    });
    let target = this.namedAfter(m) ?? sticky ?? named ?? suited ?? (nearestOrganization < 0 ? this.namedNext(m, noun) : undefined);
    if (!target && countryWord) {
      const place = this.countries[lastStartingAtOrBefore(this.countries, m.start - 1)];
      if (place) {
        target = this.cast.actorOf(place) ?? this.cast.findOrganization(place.name) ?? this.cast.create('organization', place.name);
        this.cast.assign(place, target);
      }
    }
    if (!target && kind !== 'government') {
      const lone = this.lone.slice(Math.max(0, lastStartingAtOrBefore(this.lone, m.start - 1) - 20), lastStartingAtOrBefore(this.lone, m.start - 1) + 1).filter((p) => !this.cast.isAssigned(p)).pop();
      // an organisation named since the lone word is what the story is about now ("The Tarnmouth dock board …
      // Gullwing Ferries said … The company" is no Tarnmouth company), and a word that modifies a thing names no body
      if (lone && lone.start > nearestOrganization && !modifiesThing(this.story.text, lone) && !this.onlyLocated(lone.name)) {
        target = this.cast.findOrganization(lone.name) ?? this.cast.create('organization', lone.name);
        for (const p of this.loneByName.get(lone.name) ?? []) this.cast.assign(p, target);
      }
    }
    // a source that suits no one named is the organisation the story just named ("Twitter … the company said"),
    // else one of its own words
    if (!target && asSource) target = (countryWord ? undefined : nearby) ?? this.cast.create('organization', this.story.text.slice(m.start, m.end).replace(/^the\s+/i, '').replace(/['’]s$/, ''));
    if (target) this.cast.assign(m, target, 'title');
    return target;
  }

  /**
   * "… said the shipping company. Northline Freight has …": a description before any organisation is named refers
   * ahead, to the next organisation whose name holds its noun or shows it to be of its kind, within two sentences
   * ("a group of employees said … The group, WeWorkers Coalition, …" too).
   */
  namedNext(m: MentionCandidate, noun: string): Draft | undefined {
    const sentence = this.story.sentenceOf(m.start);
    const first = lastStartingAtOrBefore(this.organizations, m.end) + 1;
    for (let i = first; i < this.organizations.length && i - first < 8; i++) {
      const next = this.organizations[i];
      if (this.story.sentenceOf(next.start) - sentence > 2) break;
      const d = this.cast.actorOf(next);
      if (d?.kind !== 'organization') continue;
      // a public body by its own word ("the court": Supreme Court); a company or a group by what its name shows
      const kind = ORG_ANAPHORS[noun];
      if (d.words.has(noun) || ((kind === 'company' || kind === 'group') && organizationType(next.name) === kind)) return d;
    }
    return undefined;
  }

  /** "landed in Porthaven … the airline said": a lone word only ever after a preposition of where names a place. */
  private onlyLocated(name: string): boolean {
    let located = this.located.get(name);
    if (located === undefined) {
      located = (this.loneByName.get(name) ?? []).every((p) => LOCATIVE_BEFORE.test(this.story.text.slice(Math.max(0, p.start - 12), p.start)));
      this.located.set(name, located); // once per name: a story may repeat a name and a description thousands of times
    }
    return located;
  }

  /** "The group, WeWorkers Coalition": the organisation named right after the description. */
  private namedAfter(m: MentionCandidate): Draft | undefined {
    const next = this.orgStarts.get(m.end + 2);
    return next && /^,\s$/.test(this.story.text.slice(m.end, m.end + 2)) ? this.cast.actorOf(next) : undefined;
  }
}

/**
 * A lone word set before a singular common noun modifies it ("its Tarnford plant", "the Quay board"): it names
 * where or whose the thing is, not a body that "the company" could refer back to ("Hamas fighters" still may).
 */
export function modifiesThing(text: string, m: MentionCandidate): boolean {
  const next = /^[ \u00a0](\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 30));
  const tags = next ? lexiconTags(next[1]) : [];
  return tags.includes('Singular') && !tags.some((t) => /Tense|Gerund|Modal|Copula|Infinitive|Verb/.test(t));
}
