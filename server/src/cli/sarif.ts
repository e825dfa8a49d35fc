/**
 * SARIF 2.1.0 output of `sourcing-lens check`, so code-scanning pages show a story's findings beside its lines.
 */
import { resolve } from 'path';
import { pathToFileURL } from 'url';
import { placeOf, type CheckRun } from './check';
import { FINDING_CODES } from '../engine/findings/findingCodes';
import type { Severity } from '../engine/model';
import { claimGrade, LineIndex } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Who made the tool and where its findings are explained. */
export interface ToolInfo {
  version: string;
  /** An absolute URI: the page that documents the tool and every finding code. */
  informationUri: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: 'SRCROOT';
}

/** A folder as a base URI: absolute, ending in a slash so that relative references resolve inside it. */
const folderUri = (folder: string): string => pathToFileURL(resolve(folder)).href.replace(/\/?$/, '/');

/**
 * A file as SARIF wants it: relative to SRCROOT (the working folder) when inside it, otherwise an absolute
 * `file://` URI with no base id (a relative reference that climbs out of its base, or starts with a slash, does
 * not combine with it). Both percent-encoded, so spaces and non-ASCII names stay valid URIs.
 */
export function artifactLocation(path: string, root: string): ArtifactLocation {
  const file = pathToFileURL(resolve(root, path)).href;
  const base = folderUri(root);
  return file.startsWith(base) ? { uri: file.slice(base.length), uriBaseId: 'SRCROOT' } : { uri: file };
}

export function toSarif(run: CheckRun, tool: ToolInfo, root = process.cwd()): object {
  const ruleIndex = new Map(FINDING_CODES.map((c, i) => [c.code, i]));
  const locations = run.articles.map((a) => artifactLocation(a.path, root));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sourcing Lens',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: FINDING_CODES.map((c) => ({
              id: c.code,
              name: c.code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()),
              shortDescription: { text: c.title },
              fullDescription: { text: c.description },
              helpUri: tool.informationUri,
              defaultConfiguration: { level: LEVEL[c.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: folderUri(root) } },
        artifacts: run.articles.map((a, i) => ({ location: locations[i], length: a.model.text.length })),
        results: run.articles.flatMap((article, artifactIndex) => {
          const lines = new LineIndex(article.model.text);
          return article.model.findings.map((f) => {
            const start = lines.position(f.start);
            const end = lines.position(f.end);
            const grade = claimGrade(f);
            return {
              ruleId: f.code,
              ruleIndex: ruleIndex.get(f.code),
              level: LEVEL[f.severity],
              message: { text: f.message },
              ...(grade ? { properties: grade } : {}),
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { ...locations[artifactIndex], index: artifactIndex },
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
