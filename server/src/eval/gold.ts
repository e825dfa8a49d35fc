/** Evaluation against ../shared/corpus JSON gold. Stub — to be replaced. */
export interface GoldReport {
  articles: number;
}

export function evaluateGold(dir: string): GoldReport {
  void dir;
  return { articles: 0 };
}

export function formatGoldReport(report: GoldReport): string {
  return `articles: ${report.articles}`;
}
