/**
 * The editor's files, lent to the language server (`sourcingLens/fs/*`, protocol/requests.ts): the server in a
 * browser worker has no file system of its own, and on any host a workspace may live elsewhere than on disk
 * (`vscode-vfs:`, `vscode-remote:`). `vscode.workspace.fs` reaches every scheme the editor has a provider for.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_FILE_REQUEST, STAT_REQUEST, type FileParams } from '../../server/src/protocol/requests';

export function serveFiles(client: BaseLanguageClient, log: vscode.LogOutputChannel | undefined): void {
  client.onRequest(STAT_REQUEST, async ({ uri }: FileParams) => {
    try {
      const { type } = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return type & vscode.FileType.Directory ? 'folder' : 'file';
    } catch (error) {
      // Not there is an answer; anything else is worth a line in the output, and still "nothing there".
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) log?.warn(`Cannot look at ${uri}: ${error}`);
      return null;
    }
  });
  // An error here reaches the server as the request's error, with the reason (a broken house style says it).
  client.onRequest(READ_FILE_REQUEST, async ({ uri }: FileParams) =>
    new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))),
  );
}
