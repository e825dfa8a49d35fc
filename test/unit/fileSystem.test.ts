/**
 * The pure pieces that let the server run without Node: URI paths for the house-style lookup (a browser workspace
 * is `vscode-remote:` or `vscode-vfs:`, not a disk), and the UTF-8 size of a document without `Buffer`.
 */
import * as assert from 'assert';
import { baseName, childUri, decodedPath, parentUri, pathBelow } from '../../server/src/houseStyle/fileSystem';
import { sizeOver, utf8Length } from '../../server/src/lsp/features/settings';

describe('file system URIs', () => {
  it('walks up a URI to the top, keeping the scheme and authority', () => {
    const ups: string[] = [];
    for (let uri: string | undefined = 'vscode-remote://127.0.0.1:8080/home/desk/story.article'; uri; uri = parentUri(uri)) ups.push(uri);
    assert.deepStrictEqual(ups, [
      'vscode-remote://127.0.0.1:8080/home/desk/story.article',
      'vscode-remote://127.0.0.1:8080/home/desk',
      'vscode-remote://127.0.0.1:8080/home',
      'vscode-remote://127.0.0.1:8080/',
    ]);
    assert.strictEqual(parentUri('untitled:Untitled-1'), undefined, 'an unsaved document has no folder');
    assert.strictEqual(childUri('file:///desk/', '.sourcinglens.json'), 'file:///desk/.sourcinglens.json');
  });

  it('gives the path below a folder decoded, whatever the encoding of each side, and nothing outside it', () => {
    assert.strictEqual(pathBelow('file:///c%3A/desk', 'file:///c:/desk/politics/vote%20count.article'), 'politics/vote count.article');
    assert.strictEqual(pathBelow('file:///desk', 'file:///desk'), undefined);
    assert.strictEqual(pathBelow('file:///desk', 'file:///desktop/a.article'), undefined);
    assert.strictEqual(pathBelow('file:///desk', 'vscode-vfs://github/desk/a.article'), undefined, 'another scheme');
    assert.strictEqual(decodedPath('vscode-vfs://github/acme/news/a%25b.md'), '/acme/news/a%b.md');
    assert.strictEqual(baseName('memfs:/desk/.sourcinglens.json'), '.sourcinglens.json');
  });
});

describe('UTF-8 size without Buffer', () => {
  it('counts as Node does: one to four bytes a character, three for a lone surrogate', () => {
    for (const text of ['', 'plain', 'Zoë’s “quote”', 'emoji 🗞️ and 𝒜', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d']) {
      assert.strictEqual(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('says when a text is over the limit, and by how much', () => {
    assert.strictEqual(sizeOver('“ab”', 8), undefined);
    assert.strictEqual(sizeOver('“ab”', 7), 8);
    assert.strictEqual(sizeOver('abcdef', 3), 6, 'longer than the limit in units: over without counting');
  });
});
