/** `npm start`'s browser route: the workbench address that opens samples/ with the extension under development. */
import * as assert from 'assert';
import { workbenchUrl } from '../runner/start';

describe('npm start', () => {
  it('opens the folder with the extension loaded from the repository, through code-server’s “remote” authority', () => {
    const url = new URL(workbenchUrl('http://127.0.0.1:4321', '/home/desk/my stories', '/work/sourcing lens'));
    assert.strictEqual(url.origin, 'http://127.0.0.1:4321');
    assert.strictEqual(url.searchParams.get('folder'), '/home/desk/my stories');
    assert.deepStrictEqual(JSON.parse(url.searchParams.get('payload')!), [
      ['extensionDevelopmentPath', 'vscode-remote://remote/work/sourcing%20lens'],
      ['skipWelcome', 'true'],
    ]);
  });
});
