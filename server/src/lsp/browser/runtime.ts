/**
 * The language server's host in a browser worker: no file system (every file is asked of the editor), no second
 * thread for long reads, and `setTimeout` for the turn a worker has no `setImmediate` for. Plain timers only, so
 * the tests run this same runtime on Node.
 */
import type { RuntimeEnvironment } from '../runtime';

export const browserRuntime: RuntimeEnvironment = {
  timer: {
    setImmediate(callback) {
      const handle = setTimeout(callback, 0);
      return { dispose: () => clearTimeout(handle) };
    },
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, ms);
      return { dispose: () => clearTimeout(handle) };
    },
  },
};
