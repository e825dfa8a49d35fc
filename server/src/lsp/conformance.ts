/**
 * What the JSON-RPC and LSP specifications ask of a server before any handler runs, enforced on the incoming
 * message stream (vscode-languageserver leaves it to each handler):
 * - a request before `initialize` gets -32002 (ServerNotInitialized), one after `shutdown` or a second
 *   `initialize` gets -32600; notifications before `initialize` are dropped (all but `exit`);
 * - a request whose params lack what the method needs (a position, a range, a context…) gets -32602 with a
 *   message naming the field, instead of a TypeError deep in a handler; such a notification is dropped and logged;
 * - a body that is not JSON gets -32700 (with id null, as JSON-RPC says) and the server reads on;
 * - broken framing (no Content-Length, a length that is not a number, or one so wrong that the next message's
 *   header ends up inside a body) leaves no way to find the next message: the server says why on stderr and exits
 *   non-zero, so the editor restarts it instead of talking to a deaf process.
 */
import {
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { CHECK_FILES_REQUEST } from '../protocol/requests';

/** A body the reader could not take as a message: answered with -32700, then the reader goes on. */
class UnparsableBody extends Error {}

/** Checks one field of a method's params; says what it should be when it is not. */
type FieldCheck = [test: (value: unknown) => boolean, expected: string];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUinteger = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isPosition = (v: unknown) => isObject(v) && isUinteger(v.line) && isUinteger(v.character);
const isRange = (v: unknown) => isObject(v) && isPosition(v.start) && isPosition(v.end);

const DOCUMENT: FieldCheck = [(v) => isObject(v) && typeof v.uri === 'string', 'a TextDocumentIdentifier { uri }'];
const POSITION: FieldCheck = [isPosition, 'a Position { line, character } of non-negative integers'];
const RANGE: FieldCheck = [isRange, 'a Range { start, end } of Positions'];
const STRING: FieldCheck = [(v) => typeof v === 'string', 'a string'];
const AT_POSITION = { textDocument: DOCUMENT, position: POSITION };

/** The fields each method needs; any other `textDocument/…` method needs its `textDocument`. */
const REQUIRED_PARAMS: Record<string, Record<string, FieldCheck>> = {
  initialize: { capabilities: [isObject, 'a ClientCapabilities object'] },
  'textDocument/hover': AT_POSITION,
  'textDocument/definition': AT_POSITION,
  'textDocument/prepareRename': AT_POSITION,
  'textDocument/rename': { ...AT_POSITION, newName: STRING },
  'textDocument/references': {
    ...AT_POSITION,
    context: [(v) => isObject(v) && typeof v.includeDeclaration === 'boolean', 'a ReferenceContext { includeDeclaration }'],
  },
  'textDocument/codeAction': {
    textDocument: DOCUMENT,
    range: RANGE,
    context: [
      (v) => isObject(v) && Array.isArray(v.diagnostics) && v.diagnostics.every((d) => isObject(d) && isRange(d.range)),
      'a CodeActionContext { diagnostics } whose diagnostics each have a range',
    ],
  },
  'textDocument/semanticTokens/range': { textDocument: DOCUMENT, range: RANGE },
  'textDocument/inlayHint': { textDocument: DOCUMENT, range: RANGE },
  'textDocument/didOpen': {
    textDocument: [
      (v) => isObject(v) && typeof v.uri === 'string' && typeof v.languageId === 'string' && Number.isInteger(v.version) && typeof v.text === 'string',
      'a TextDocumentItem { uri, languageId, version, text }',
    ],
  },
  'textDocument/didChange': {
    textDocument: [(v) => isObject(v) && typeof v.uri === 'string' && Number.isInteger(v.version), 'a VersionedTextDocumentIdentifier'],
    contentChanges: [(v) => Array.isArray(v) && v.every((c) => isObject(c) && typeof c.text === 'string'), 'an array of changes with text'],
  },
  'workspace/symbol': { query: STRING },
  'workspace/executeCommand': { command: STRING },
  [CHECK_FILES_REQUEST]: { files: [Array.isArray, 'an array of { uri, path? }'] },
};

/** What is wrong with a message's params, or undefined when the method gets what it needs. */
export function invalidParams(method: string, params: unknown): string | undefined {
  if (params !== undefined && typeof params !== 'object') return `${method}: params must be an object or an array`;
  const fields = REQUIRED_PARAMS[method] ?? (method.startsWith('textDocument/') ? { textDocument: DOCUMENT } : undefined);
  if (!fields) return undefined;
  if (!isObject(params)) return `${method}: params must be an object with ${Object.keys(fields).join(', ')}`;
  for (const [field, [test, expected]] of Object.entries(fields)) {
    if (!test(params[field])) return `${method}: params.${field} must be ${expected}`;
  }
  return undefined;
}

type Lifecycle = 'new' | 'running' | 'shutdown';

interface Incoming {
  id?: unknown;
  method?: unknown;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/**
 * A MessageReader in front of the transport's: it answers through the connection's own writer what no handler
 * should see, and passes every other message on unchanged.
 */
export class ConformingReader implements MessageReader {
  private lifecycle: Lifecycle = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: (message: string) => void,
    private readonly misframed: (error: Error) => void,
  ) {
    inner.onError((error) => (error instanceof UnparsableBody ? this.reject(null, ErrorCodes.ParseError, error.message) : this.misframed(error)));
  }

  /** Whether `shutdown` came before the transport closed (the exit code then says "asked to stop"). */
  get shutdownReceived(): boolean {
    return this.lifecycle === 'shutdown';
  }

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admits(message as Incoming)) callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  private admits(message: Incoming): boolean {
    if (!isObject(message)) return this.reject(null, ErrorCodes.InvalidRequest, 'a JSON-RPC message must be an object');
    const id = typeof message.id === 'string' || typeof message.id === 'number' ? message.id : null;
    if (typeof message.method !== 'string') {
      // A response to one of the server's own requests, or nothing JSON-RPC knows.
      return 'result' in message || 'error' in message || this.reject(id, ErrorCodes.InvalidRequest, 'a message needs a method, or a result or error');
    }
    const method = message.method;
    if (!('id' in message)) return this.admitsNotification(method, message.params);
    if (this.lifecycle === 'new' && method !== 'initialize') {
      return this.reject(id, ErrorCodes.ServerNotInitialized, `${method} before initialize: the server is not initialized yet`);
    }
    if (this.lifecycle !== 'new' && method === 'initialize') return this.reject(id, ErrorCodes.InvalidRequest, 'initialize was already received');
    if (this.lifecycle === 'shutdown') return this.reject(id, ErrorCodes.InvalidRequest, `${method} after shutdown`);
    const problem = invalidParams(method, message.params);
    if (problem) return this.reject(id, ErrorCodes.InvalidParams, problem);
    if (method === 'initialize') this.lifecycle = 'running';
    if (method === 'shutdown') this.lifecycle = 'shutdown';
    return true;
  }

  private admitsNotification(method: string, params: unknown): boolean {
    if (method === 'exit') return true;
    if (this.lifecycle === 'new') {
      this.log(`Sourcing Lens: ${method} before initialize was dropped`);
      return false;
    }
    const problem = invalidParams(method, params);
    if (problem) this.log(`Sourcing Lens: a notification was dropped, ${problem}`);
    return !problem;
  }

  /** Answers a request the server will not handle; returns false so the message goes no further. */
  private reject(id: ResponseMessage['id'], code: number, message: string): false {
    const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    this.writer.write(response).catch((error: unknown) => this.log(`Sourcing Lens: answering an invalid message failed: ${String(error)}`));
    return false;
  }
}

/**
 * The JSON decoder for the stream reader: a body that is not JSON is an UnparsableBody (answered, read past),
 * unless it holds the next message's header, which means the Content-Length before it was wrong and the stream
 * can no longer be split into messages.
 */
export function jsonBody(buffer: Uint8Array, charset: string): Message {
  const text = new TextDecoder(charset).decode(buffer);
  try {
    return JSON.parse(text) as Message;
  } catch (error) {
    if (/Content-Length:[ \t]*\d+\r\n/iu.test(text)) {
      throw new Error(`A message body holds the next message's header, so its Content-Length was wrong: ${excerpt(text)}`);
    }
    throw new UnparsableBody(`Parse error: the body is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

const excerpt = (text: string) => JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
