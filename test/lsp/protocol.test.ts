/**
 * Protocol conformance over raw stdio: hand-written frames, not a JSON-RPC library, so that the server is sent
 * what no well-behaved client would send (a request before initialize, params it cannot use, a body that is not
 * JSON, a frame without or with a wrong Content-Length) and its answers are read byte for byte.
 */
import * as assert from 'assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { join } from 'path';
import { SERVER_MAIN } from '../support/lspClient';

const CLI = join(SERVER_MAIN, '..', '..', '..', 'cli', 'cli.js');
/** The esbuild bundle the .vsix ships (`npm run bundle`, run by `npm install`). */
const BUNDLE = join(SERVER_MAIN, '..', '..', '..', '..', '..', '..', 'dist', 'server.js');
const URI = 'file:///desk/protocol-ferry.article';
const STORY = 'Councillor Mara Quist said the ferry would run all winter.\n\nThe operators secretly plan to cut the night crossing.\n';

interface Response {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

const frame = (message: unknown) => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};
const request = (id: number, method: string, params?: unknown) => frame({ jsonrpc: '2.0', id, method, params });
const notification = (method: string, params?: unknown) => frame({ jsonrpc: '2.0', method, params });
const at = (line: number, character: number) => ({ line, character });

/** The server as a process, with every frame it writes parsed and every stderr line kept. */
class RawServer {
  readonly responses: Response[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly process: ChildProcessWithoutNullStreams;
  private pending = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  constructor(args: string[]) {
    this.process = spawn(process.execPath, [...args, '--stdio']);
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  send(...frames: string[]): void {
    for (const f of frames) this.process.stdin.write(f);
  }

  /** The response to request `id` (null: a response with id null), or a failure after `timeoutMs`. */
  async response(id: number | null, timeoutMs = 15_000): Promise<Response> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found;
      assert.ok(Date.now() < deadline, `no response to ${id} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The exit code, or a failure when the process still runs after `timeoutMs`. */
  async exitCode(timeoutMs = 15_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The editor going away without a word. */
  closeInput(): void {
    this.process.stdin.end();
  }

  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const headerEnd = this.pending.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.pending.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.pending.length < headerEnd + 4 + length) break;
      const message = JSON.parse(this.pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Response & { method?: string };
      this.pending = this.pending.subarray(headerEnd + 4 + length);
      if (message.method === undefined) this.responses.push(message);
    }
    for (const wake of this.waiters.splice(0)) wake();
  }
}

describe('protocol conformance over raw stdio frames', function () {
  this.timeout(60_000);
  const started: RawServer[] = [];
  const start = (script = SERVER_MAIN) => {
    const server = new RawServer([script]);
    started.push(server);
    return server;
  };
  after(() => started.forEach((s) => s.kill()));

  it('answers -32002 before initialize, -32602 for params it cannot use, -32700 for a body that is not JSON, and reads on', async () => {
    const server = start();
    server.send(
      request(1, 'textDocument/hover', { textDocument: { uri: URI }, position: at(0, 0) }),
      notification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news-article', version: 1, text: 'early' } }),
      request(11, 'initialize', { processId: null, rootUri: null }),
      request(2, 'initialize', { processId: null, rootUri: null, capabilities: {} }),
    );
    const early = await server.response(1);
    assert.strictEqual(early.error?.code, -32002, JSON.stringify(early));
    assert.match((await server.response(11)).error?.message ?? '', /params\.capabilities must be a ClientCapabilities object/);
    assert.ok((await server.response(2)).result, 'initialize still succeeds after the early request');

    server.send(
      notification('initialized', {}),
      notification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news-article', version: 1, text: STORY } }),
      request(3, 'textDocument/hover', null),
      request(4, 'textDocument/hover', { textDocument: { uri: URI } }),
      request(5, 'textDocument/codeAction', { textDocument: { uri: URI }, range: { start: at(2, 0), end: at(2, 5) } }),
      request(6, 'textDocument/references', { textDocument: { uri: URI }, position: at(0, 15) }),
      'Content-Length: 9\r\n\r\n{"id": 7,',
      frame({ jsonrpc: '2.0', id: 12 }),
      request(8, 'textDocument/hover', { textDocument: { uri: URI }, position: at(0, 15) }),
    );
    const expectations: [number, RegExp][] = [
      [3, /params must be an object/],
      [4, /params\.position must be a Position/],
      [5, /params\.context must be a CodeActionContext/],
      [6, /params\.context must be a ReferenceContext/],
    ];
    for (const [id, message] of expectations) {
      const answer = await server.response(id);
      assert.strictEqual(answer.error?.code, -32602, JSON.stringify(answer));
      assert.match(answer.error.message, message);
    }
    assert.strictEqual((await server.response(12)).error?.code, -32600, 'neither a request nor a response');
    const unparsable = await server.response(null);
    assert.strictEqual(unparsable.error?.code, -32700, JSON.stringify(unparsable));

    const hover = await server.response(8);
    assert.match(JSON.stringify(hover.result), /Mara Quist/, 'the story opened after the early didOpen is read');
    assert.doesNotMatch(server.stderr, /TypeError/);
    assert.match(server.stderr, /didOpen before initialize was dropped/);

    server.send(request(9, 'shutdown'), request(10, 'textDocument/hover', { textDocument: { uri: URI }, position: at(0, 15) }), notification('exit'));
    assert.strictEqual((await server.response(10)).error?.code, -32600, 'no request after shutdown');
    assert.strictEqual(await server.exitCode(), 0);
  });

  // Each case through one of the three ways the server is started: main.js, the CLI, the bundle.
  const brokenFrames: [string, string, (valid: string) => string][] = [
    ['a frame without Content-Length', SERVER_MAIN, (valid) => valid.replace(/^Content-Length/u, 'Content-Type: application/json\r\nX-Length')],
    ['a Content-Length that is not a number', CLI, (valid) => valid.replace(/^Content-Length: \d+/u, 'Content-Length: many')],
    ['a Content-Length too short', BUNDLE, (valid) => valid.replace(/^Content-Length: (\d+)/u, (_, n: string) => `Content-Length: ${Number(n) - 4}`)],
    ['a Content-Length too long', SERVER_MAIN, (valid) => valid.replace(/^Content-Length: (\d+)/u, (_, n: string) => `Content-Length: ${Number(n) + 30}`)],
  ];
  for (const [name, script, breakFrame] of brokenFrames) {
    it(`exits non-zero after ${name}, so that the editor restarts it`, async () => {
      const server = start(script);
      server.send(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
      await server.response(1);
      const hover = request(2, 'textDocument/hover', { textDocument: { uri: URI }, position: at(0, 0) });
      // The frame after the broken one is where a too-long length shows: its header lands inside a body.
      server.send(breakFrame(hover), request(3, 'shutdown'), request(4, 'shutdown'));
      assert.strictEqual(await server.exitCode(), 1, `stderr: ${server.stderr}`);
      assert.match(server.stderr, /cannot be read any further/);
    });
  }

  it('exits non-zero when the editor closes stdin without a shutdown', async () => {
    const server = start(CLI);
    server.send(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
    await server.response(1);
    server.closeInput();
    assert.strictEqual(await server.exitCode(), 1);
  });
});
