/**
 * The language server in a browser worker (VS Code for the Web): bundled as dist/browser/server.js, started by the
 * browser client (client/src/browser/main.ts) in a Web Worker, talking over the worker's messages. No Node here:
 * files come from the editor (`sourcingLens/fs/*`, served with `vscode.workspace.fs`). The same script is the
 * nested worker a long analysis runs in (webWorkerAnalyst.ts): its name says which it is.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserRuntime } from './runtime';
import { ANALYST_WORKER, canStartWorkers, serveAnalysis, webWorkerAnalyst, type MessagePortLike } from './webWorkerAnalyst';

/** The worker's global scope, as far as this file uses it (the server project compiles without the DOM library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] &
  MessagePortLike & {
    name: string;
    location: { href: string };
    addEventListener(type: 'error', listener: (event: { message: string }) => void): void;
  };

function serve(): void {
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
  // The handlers are guarded; this catches what escapes them (a timer) so the editor keeps its server.
  self.addEventListener('error', (event: { message: string }) => connection.console.error(`Sourcing Lens: ${event.message}`));
  const offThread = canStartWorkers() ? webWorkerAnalyst(self.location.href) : undefined;
  startServer(connection, { ...browserRuntime, offThread });
}

if (self.name === ANALYST_WORKER) serveAnalysis(self);
else serve();
