/**
 * The catalogue of finding codes: what each one means and how loud it is by default. SARIF rules, the house-style
 * schema and the settings all read it, so a code is described once.
 */
import type { Finding, FindingCode, FindingData, Severity, Span } from '../model';

export interface FindingCodeInfo {
  code: FindingCode;
  severity: Severity;
  /** One line, for rule lists. */
  title: string;
  /** Why an editor cares. */
  description: string;
}

export const FINDING_CODES: readonly FindingCodeInfo[] = [
  {
    code: 'unattributed-claim',
    severity: 'warning',
    title: 'Claim with no source',
    description:
      'The sentence states what the reporter cannot have observed (intentions, private deliberations, motives, beliefs, accusations, unsourced figures, predictions, causal or evaluative analysis) and nobody is credited for it.',
  },
  {
    code: 'vague-attribution',
    severity: 'warning',
    title: 'Vague source',
    description: 'A weasel source ("critics say", "it is believed", "experts say") that names nobody the reader could check.',
  },
  {
    code: 'anonymous-source',
    severity: 'information',
    title: 'Anonymous source',
    description: 'An unnamed source. The reader should learn why anonymity was granted.',
  },
  {
    code: 'unattributed-quote',
    severity: 'warning',
    title: 'Quote with no speaker',
    description: 'A direct quotation whose speaker the article does not identify.',
  },
  {
    code: 'unbalanced-quote',
    severity: 'warning',
    title: 'Unbalanced quotation mark',
    description: 'A quotation mark that is never closed or never opened.',
  },
  {
    code: 'surname-first',
    severity: 'information',
    title: 'Surname before full name',
    description: 'A person is first referred to by surname alone; first reference should give full name and title.',
  },
  {
    code: 'other-language',
    severity: 'information',
    title: 'Not read: another language',
    description:
      'A paragraph that is not in English is left unread (no speakers, quotes or claims are marked in it), since English rules would misread it; one finding per run of such paragraphs.',
  },
];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Higher is louder. */
export const severityRank = (severity: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(severity);

export function finding(code: FindingCode, severity: Finding['severity'], range: Span, message: string, data?: FindingData): Finding {
  return { code, severity, start: range.start, end: range.end, message, ...(data ? { data } : {}) };
}
