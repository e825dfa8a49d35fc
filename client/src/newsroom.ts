/**
 * The newsroom workflow in the editor: the sourcing report, the status bar figures and the whole-workspace check,
 * each reading the language server through serverAccess.ts.
 */
import type * as vscode from 'vscode';
import { registerCheckAll } from './checkAll';
import type { ClientOf } from './serverAccess';
import { registerSourcingReport } from './sourcingReport';
import { registerStatusBar } from './statusBar';

export function registerNewsroom(context: vscode.ExtensionContext, clientOf: ClientOf): void {
  registerSourcingReport(context, clientOf);
  registerStatusBar(context, clientOf);
  registerCheckAll(context, clientOf);
}
