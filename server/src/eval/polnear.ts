/** PolNeAR evaluation (brat gold). Stub — to be replaced. */
export interface PolnearReport {
  articles: number;
}

export function evaluatePolnear(dir: string): PolnearReport {
  void dir;
  return { articles: 0 };
}

export function formatPolnearReport(report: PolnearReport): string {
  return `articles: ${report.articles}`;
}
