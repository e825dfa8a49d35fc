/** The web run is only worth something if the extension really runs in the web worker, on its browser entry. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../helpers';

describe('Web extension host', () => {
  it('runs the extension’s browser entry in the web worker, where there is no Node', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    assert.ok(extension.packageJSON.browser, 'package.json has a "browser" entry');
    await extension.activate();
    assert.strictEqual(vscode.ExtensionKind[extension.extensionKind], 'UI', 'the extension runs in the workbench, not on the server');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process here');
    assert.notStrictEqual(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'undefined', 'a web worker');
  });
});
