/**
 * SARIF 2.1.0 output of `sourcing-lens check`, so code-scanning pages show a story's findings beside its lines.
 */
import { placeOf, type CheckRun } from './check';
import { FINDING_CODES } from './engine/findingCodes';
import type { Severity } from './engine/model';
import { LineIndex } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function toSarif(run: CheckRun, version: string): object {
  const ruleIndex = new Map(FINDING_CODES.map((c, i) => [c.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sourcing Lens',
            version,
            rules: FINDING_CODES.map((c) => ({
              id: c.code,
              name: c.code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()),
              shortDescription: { text: c.title },
              fullDescription: { text: c.description },
              defaultConfiguration: { level: LEVEL[c.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: `file://${process.cwd().replace(/\/?$/, '/')}` } },
        artifacts: run.articles.map((a) => ({ location: { uri: a.path, uriBaseId: 'SRCROOT' }, length: a.model.text.length })),
        results: run.articles.flatMap((article, artifactIndex) => {
          const lines = new LineIndex(article.model.text);
          return article.model.findings.map((f) => {
            const start = lines.position(f.start);
            const end = lines.position(f.end);
            return {
              ruleId: f.code,
              ruleIndex: ruleIndex.get(f.code),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: article.path, uriBaseId: 'SRCROOT', index: artifactIndex },
                    region: {
                      startLine: start.line,
                      startColumn: start.column,
                      endLine: end.line,
                      endColumn: end.column,
                      charOffset: f.start,
                      charLength: f.end - f.start,
                    },
                  },
                },
              ],
            };
          });
        }),
        invocations: [
          {
            executionSuccessful: run.problems.length === 0,
            toolExecutionNotifications: run.problems.map((p) => ({
              level: 'error',
              message: { text: `${placeOf(p)}: ${p.message}` },
            })),
          },
        ],
      },
    ],
  };
}
