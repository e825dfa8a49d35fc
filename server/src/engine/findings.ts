/**
 * Findings: what a standards editor would flag — unattributed claims and quotes, vague and anonymous sourcing,
 * unbalanced quotation marks, a person first named by surname alone.
 * Stub — to be replaced by the real rules.
 */
import type { ArticleModel, Finding, Span } from './model';

export function findFindings(model: Omit<ArticleModel, 'findings'>, unbalancedQuotes: Span[]): Finding[] {
  void model;
  void unbalancedQuotes;
  return [];
}

/** Spans the writer marked with an inline suppression comment. */
export function findSuppressions(text: string): Span[] {
  void text;
  return [];
}
