/**
 * The extension on VS Code for the Web (package.json `browser`, dist/browser/client.js), in the web-worker
 * extension host: the server (dist/browser/server.js) runs in a Web Worker and reads files through this client.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, CLIENT_ID, CLIENT_NAME, type SourcingLensApi } from '../extension';

export { deactivate } from '../extension';

/** The browser's Worker, as far as this file uses it (the client project compiles without the DOM library). */
declare const Worker: new (url: string) => object;

/**
 * The server's worker. Served over http(s) (vscode.dev, github.dev) the bundle starts from its URL; installed on a
 * server (code-server, VS Code Server) its URI is `vscode-remote:`, from which the host refuses to start a worker
 * ("Creating workers from remote extensions is currently not supported"), so it starts from the bundle's text.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<object> {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  if (uri.scheme !== 'vscode-remote') {
    try {
      return new Worker(uri.toString(true));
    } catch {
      // refused for this origin: start it from its text below
    }
  }
  const script = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

export function activate(context: vscode.ExtensionContext): Promise<SourcingLensApi> {
  // The Worker itself, not a function returning it: the host's Worker is VS Code's wrapper, which the client's
  // `instanceof Worker` test for a function's result does not recognise.
  return activateWith(context, async (clientOptions) => new LanguageClient(CLIENT_ID, CLIENT_NAME, await serverWorker(context), clientOptions));
}
