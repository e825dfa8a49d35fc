/**
 * How loud each finding is, as a desk chooses it: `sourcingLens.severity` in the editor and the house style's
 * `findings` both map a key to a severity or "off". The keys are the finding codes, plus one for the claims an
 * editor would only plausibly send back: `unattributed-claim` grades the high-confidence claims (and any claim the
 * engine gives no confidence), `unattributed-claim-medium` the medium ones. Left unset, the medium key follows
 * `unattributed-claim` one step quieter, so a desk that turns claims up, down or off moves both.
 */
import { FINDING_CODES, SEVERITIES } from './findingCodes';
import type { ClaimConfidence, Finding, FindingCode, Severity } from '../model';

export const MEDIUM_CLAIM_KEY = 'unattributed-claim-medium';

export type SeverityKey = FindingCode | typeof MEDIUM_CLAIM_KEY;
export type SeverityChoice = Severity | 'off';
export type SeverityChoices = Partial<Record<SeverityKey, SeverityChoice>>;

/** Every key a desk may grade: the codes in catalogue order, the medium claims right after the claims. */
export const SEVERITY_KEYS: readonly SeverityKey[] = FINDING_CODES.flatMap(({ code }) =>
  code === 'unattributed-claim' ? [code, MEDIUM_CLAIM_KEY] : [code],
);

/** The engine's own level for medium-confidence claims. */
export const MEDIUM_CLAIM_SEVERITY: Severity = 'information';

/** How sure the engine is that an editor would ask for a source; a claim it did not grade counts as high. */
export const claimConfidence = (finding: Finding): ClaimConfidence => finding.data?.confidence ?? 'high';

const isMediumClaim = (finding: Finding): boolean =>
  finding.code === 'unattributed-claim' && claimConfidence(finding) === 'medium';

/** One step quieter: warning → information; a hint stays a hint (off is only ever chosen), off stays off. */
function quieter(level: SeverityChoice): SeverityChoice {
  if (level === 'off') return level;
  return SEVERITIES[Math.min(SEVERITIES.indexOf(level) + 1, SEVERITIES.length - 1)];
}

/** The level the choices give a finding, or undefined when they leave it at the engine's. */
export function chosenSeverity(finding: Finding, choices: SeverityChoices): SeverityChoice | undefined {
  if (!isMediumClaim(finding)) return choices[finding.code];
  const high = choices[finding.code];
  return choices[MEDIUM_CLAIM_KEY] ?? (high && quieter(high));
}
