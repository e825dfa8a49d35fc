/**
 * The language server's host in a browser worker: no file system (every file is asked of the editor), and
 * `setTimeout` for the turn a worker has no `setImmediate` for. Plain timers only, so the tests run this same
 * runtime on Node; main.ts adds the nested worker for long reads where the browser offers one.
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
