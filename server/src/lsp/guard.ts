/** Request handlers that never bring the server down: an error is logged and answered with an empty result. */
import { ResponseError, type Connection } from 'vscode-languageserver';

export type Log = (what: string, error: unknown) => void;

export function logTo(connection: Connection): Log {
  return (what, error) =>
    connection.console.error(`Sourcing Lens: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** Wraps a handler: a thrown error is logged and answered with `fallback` (a ResponseError goes to the client). */
export function guarded(log: Log) {
  return function guard<P, R>(what: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(what, error);
        return fallback;
      }
    };
  };
}

export type Guard = ReturnType<typeof guarded>;
