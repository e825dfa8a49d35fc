/**
 * The language server's entry point: `node out/server/src/lsp/node/main.js --stdio` (or --node-ipc, --socket=N), the
 * bundled dist/server.js, and `sourcing-lens --stdio`. The transport comes from the command line; stdio and
 * node-ipc are opened here so that the conformance checks (conformance.ts) see every message first. The same
 * script is the thread a long analysis runs in (see nodeAnalyst.ts): it checks that before opening any transport.
 */
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { isMainThread } from 'worker_threads';
import { ConformingReader, jsonBody } from '../conformance';
import { serveAnalysis, workerThreadAnalyst } from './nodeAnalyst';
import { nodeRuntime } from './runtime';
import { startServer } from '../server';

const stderr = (message: string) => process.stderr.write(`${message}\n`);

/** stdio or node-ipc as the command line asks, undefined for the transports vscode-languageserver opens itself. */
function openTransport(): [MessageReader, MessageWriter] | undefined {
  if (process.argv.includes('--stdio')) {
    // stdout carries the protocol: anything a library prints goes to stderr instead.
    console.log = console.info = console.debug = console.error;
    const contentTypeDecoder = { name: 'application/json', decode: async (body: Uint8Array, options: { charset: string }) => jsonBody(body, options.charset) };
    return [new StreamMessageReader(process.stdin, { contentTypeDecoder }), new StreamMessageWriter(process.stdout)];
  }
  if (process.argv.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  return undefined;
}

function conformingConnection(reader: MessageReader, writer: MessageWriter): Connection {
  const conforming = new ConformingReader(reader, writer, stderr, (error) => {
    stderr(`Sourcing Lens: the message stream cannot be read any further (${error.message}); exiting so that the editor starts a new server.`);
    process.exit(1);
  });
  // The editor went away: exit, successfully only when it asked for a shutdown first (as the LSP specifies).
  reader.onClose(() => process.exit(conforming.shutdownReceived ? 0 : 1));
  return createConnection(ProposedFeatures.all, conforming, writer);
}

function serve(): void {
  const transport = openTransport();
  const connection = transport ? conformingConnection(...transport) : createConnection(ProposedFeatures.all);
  // The handlers are guarded; this catches what escapes them (a timer, a stream) so the editor keeps its server.
  process.on('uncaughtException', (error) => connection.console.error(`Sourcing Lens: ${error.stack ?? error.message}`));
  startServer(connection, nodeRuntime(workerThreadAnalyst(__filename)));
}

if (isMainThread) serve();
else serveAnalysis();
