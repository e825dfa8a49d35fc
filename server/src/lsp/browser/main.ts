/**
 * The language server in a browser worker (VS Code for the Web): bundled as dist/browser/server.js, started by the
 * browser client (client/src/browser/main.ts) in a Web Worker, talking over the worker's messages. No Node here:
 * files come from the editor (`sourcingLens/fs/*`, served with `vscode.workspace.fs`), and long articles are read
 * on the request loop, between requests, as the bundle has no second thread (runtime.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserRuntime } from './runtime';

/** The worker's global scope, as far as this file uses it (the server project compiles without the DOM library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(type: 'error', listener: (event: { message: string }) => void): void;
};

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The handlers are guarded; this catches what escapes them (a timer) so the editor keeps its server.
self.addEventListener('error', (event: { message: string }) => connection.console.error(`Sourcing Lens: ${event.message}`));
startServer(connection, browserRuntime);
