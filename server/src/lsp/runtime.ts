/**
 * What the language server needs from the host it runs in, apart from the connection: Node (node/main.ts) and a
 * browser worker (browser/main.ts) each build one, and `startServer` takes it. The pattern of VS Code's own
 * css-language-features (`startServer(connection, runtime)`).
 */
import type { Disposable } from 'vscode-languageserver';
import type { FileSystem } from '../houseStyle/fileSystem';
import type { OffThreadAnalyst } from './offThread';

export interface RuntimeEnvironment {
  /** Reads `file:` URIs itself (Node). Every other URI, and every URI without it, is asked of the editor. */
  readonly fileFs?: FileSystem;
  /** Where long analyses run; without one, every analysis runs on the request loop. */
  readonly offThread?: OffThreadAnalyst;
  readonly timer: {
    /** Runs the callback after the messages already waiting (a browser worker has no `setImmediate`). */
    setImmediate(callback: () => void): Disposable;
    setTimeout(callback: () => void, ms: number): Disposable;
  };
}

/** Lets the requests waiting meanwhile through, then resolves. */
export const nextTurn = (runtime: RuntimeEnvironment): Promise<void> => new Promise((resolve) => runtime.timer.setImmediate(resolve));
