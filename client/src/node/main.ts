/** The extension on desktop VS Code (package.json `main`, dist/client.js): the server runs as a Node process. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, CLIENT_ID, CLIENT_NAME, type SourcingLensApi } from '../extension';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): Promise<SourcingLensApi> {
  return activateWith(context, async (clientOptions) => {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  });
}
