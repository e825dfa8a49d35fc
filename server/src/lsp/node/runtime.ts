/** The language server's host on Node: files on disk read with `fs`, Node's timers, a worker thread for long reads. */
import { nodeFileSystem } from '../../houseStyle/node/fileSystem';
import type { OffThreadAnalyst } from '../offThread';
import type { RuntimeEnvironment } from '../runtime';

export function nodeRuntime(offThread?: OffThreadAnalyst): RuntimeEnvironment {
  return {
    fileFs: nodeFileSystem,
    offThread,
    timer: {
      setImmediate(callback) {
        const handle = setImmediate(callback);
        return { dispose: () => clearImmediate(handle) };
      },
      setTimeout(callback, ms) {
        const handle = setTimeout(callback, ms);
        return { dispose: () => clearTimeout(handle) };
      },
    },
  };
}
