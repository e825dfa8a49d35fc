/**
 * Diagnostics: the engine's findings, with the severity the user chose per code (a claim's by its confidence), and
 * the finding's data (for a claim: candidates, category, confidence) for quick fixes and other clients.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Finding, FindingData, Severity } from '../../engine/model';
import { chosenSeverity, claimConfidence } from '../../engine/findings/severityKeys';
import { toRange } from './positions';
import type { Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'sourcing-lens';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(model: ArticleModel, doc: TextDocument, settings: Settings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of model.findings) {
    const level = chosenSeverity(finding, settings.severity) ?? finding.severity;
    if (level === 'off') continue;
    diagnostics.push({
      range: toRange(doc, finding),
      severity: LSP_SEVERITY[level],
      code: finding.code,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
      ...dataOf(finding),
      ...relatedInformation(model, doc, finding),
    });
  }
  return diagnostics;
}

/** The finding's data; a claim always states its confidence, one the engine did not grade as high. */
function dataOf(finding: Finding): { data?: FindingData } {
  if (finding.code === 'unattributed-claim') return { data: { ...finding.data, confidence: claimConfidence(finding) } };
  return finding.data ? { data: finding.data } : {};
}

/** For a surname used first: where the article gives the full name. */
function relatedInformation(model: ArticleModel, doc: TextDocument, finding: Finding): Pick<Diagnostic, 'relatedInformation'> {
  if (finding.code !== 'surname-first') return {};
  const actor = model.actors.find((a) => a.id === finding.data?.actor);
  const full = actor?.mentions.find((m) => m.form === 'full' && m.start > finding.start);
  if (!actor || !full) return {};
  return { relatedInformation: [{ location: { uri: doc.uri, range: toRange(doc, full) }, message: `${actor.name} is named in full here` }] };
}

const kilobytes = (bytes: number): number => Math.round(bytes / 1024);

/** The notice that replaces analysis for a file over the size limit: never skip silently. */
export function oversizeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'file-too-large',
    source: DIAGNOSTIC_SOURCE,
    message:
      `Sourcing Lens skipped this file: ${kilobytes(bytes)} KB is over the sourcingLens.maxFileSize limit ` +
      `(${kilobytes(limit)} KB). Run "Sourcing Lens: Analyze This File" to read it anyway.`,
  };
}
