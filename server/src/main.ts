/**
 * The language server's entry point: `node out/server/src/main.js --stdio` (or --node-ipc, --socket=N), the
 * bundled dist/server.js, and `sourcing-lens --stdio`. The transport comes from the command line. The same script
 * is the thread a long analysis runs in (see nodeAnalyst.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isMainThread } from 'worker_threads';
import { serveAnalysis, workerThreadAnalyst } from './nodeAnalyst';
import { startServer } from './server';

if (isMainThread) {
  const connection = createConnection(ProposedFeatures.all);
  // The handlers are guarded; this catches what escapes them (a timer, a stream) so the editor keeps its server.
  process.on('uncaughtException', (error) => connection.console.error(`Sourcing Lens: ${error.stack ?? error.message}`));
  startServer(connection, { offThread: workerThreadAnalyst(__filename) });
} else {
  serveAnalysis();
}
