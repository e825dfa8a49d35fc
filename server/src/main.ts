/**
 * The language server's entry point: `node out/server/src/main.js --stdio` (or --node-ipc, --socket=N), the
 * bundled dist/server.js, and `sourcing-lens --stdio`. The transport comes from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// The handlers are guarded; this catches what escapes them (a timer, a stream) so the editor keeps its server.
process.on('uncaughtException', (error) => connection.console.error(`Sourcing Lens: ${error.stack ?? error.message}`));
startServer(connection);
