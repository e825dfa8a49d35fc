/**
 * The extension as shipped: package.json's contributions agree with what the language server does, the .vsix
 * carries every file the manifest points at, and the bundled server runs with nothing beside it.
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { listFiles, PackageManager } from '@vscode/vsce';
import { build } from 'esbuild';
import { FINDING_CODES } from '../../server/src/engine/findings/findingCodes';
import { MEDIUM_CLAIM_KEY, MEDIUM_CLAIM_SEVERITY, SEVERITY_KEYS } from '../../server/src/engine/findings/severityKeys';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/features/settings';

const repo = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const setting = (key: string) => contributes.configuration.properties[`sourcingLens.${key}`];

/** VS Code's own semantic token types and modifiers, which need no contribution. */
const STANDARD_TYPES = ['namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter',
  'variable', 'property', 'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment',
  'string', 'keyword', 'number', 'regexp', 'operator'];
const STANDARD_MODIFIERS = ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async',
  'modification', 'documentation', 'defaultLibrary'];

/** Sends `initialize` to a server over stdio and resolves with its result. */
function initialize(serverFile: string): Promise<{ capabilities: Record<string, any> }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [serverFile, '--stdio'], { cwd: path.dirname(serverFile) });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => finish(new Error(`no answer to initialize in 10 s; stderr: ${stderr}`)), 10_000);
    const finish = (error?: Error, result?: any) => {
      clearTimeout(timer);
      server.kill();
      if (error) reject(error);
      else resolve(result);
    };
    server.stderr.on('data', chunk => (stderr += chunk));
    server.stdout.on('data', chunk => {
      stdout += chunk;
      const body = /Content-Length: (\d+)\r\n\r\n/.exec(stdout);
      const start = body ? body.index + body[0].length : 0;
      if (body && Buffer.byteLength(stdout.slice(start)) >= Number(body[1])) {
        finish(undefined, JSON.parse(stdout.slice(start, start + Number(body[1]))).result);
      }
    });
    server.on('exit', code => finish(new Error(`server exited with ${code}: ${stderr}`)));
    const message = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  });
}

describe('Packaging', () => {
  it('declares every semantic token type and modifier the server uses, each with a TextMate fallback scope', () => {
    const declaredTypes = contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    const declaredModifiers = contributes.semanticTokenModifiers.map((m: { id: string }) => m.id);
    const scopes = Object.assign({}, ...contributes.semanticTokenScopes.map((s: { scopes: object }) => s.scopes));
    for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) {
      if (STANDARD_TYPES.includes(type)) continue;
      assert.ok(declaredTypes.includes(type), `semanticTokenTypes lacks ${type}`);
      assert.ok(scopes[type]?.length, `semanticTokenScopes lacks ${type}`);
    }
    for (const modifier of SEMANTIC_TOKENS_LEGEND.tokenModifiers) {
      assert.ok(STANDARD_MODIFIERS.includes(modifier) || declaredModifiers.includes(modifier), `semanticTokenModifiers lacks ${modifier}`);
    }
  });

  it('declares the settings with the defaults the server falls back to, resource-scoped and described', () => {
    assert.deepStrictEqual(setting('languages').default, DEFAULT_SETTINGS.languages);
    assert.deepStrictEqual(setting('include').default, DEFAULT_SETTINGS.include);
    assert.strictEqual(setting('maxFileSize').default, DEFAULT_SETTINGS.maxFileSize);
    // trace.server is the client's (vscode-languageclient reads it by the client id); the server has no default.
    assert.strictEqual(setting('trace.server').default, 'off');
    const severities = setting('severity').properties;
    assert.deepStrictEqual(Object.keys(severities).sort(), [...SEVERITY_KEYS].sort());
    for (const code of FINDING_CODES) assert.strictEqual(severities[code.code].default, code.severity, code.code);
    assert.strictEqual(severities[MEDIUM_CLAIM_KEY].default, MEDIUM_CLAIM_SEVERITY);
    for (const [key, property] of Object.entries<any>(contributes.configuration.properties)) {
      assert.strictEqual(property.scope, 'resource', key);
      assert.ok((property.markdownDescription ?? property.description)?.length > 30, `${key} needs a real description`);
    }
  });

  it('ships every file the manifest and README point at, under 3 MB, and no sources, tests or maps', async () => {
    const shipped = new Set(await listFiles({ cwd: repo, packageManager: PackageManager.None }));
    const pointedAt = [
      manifest.main, manifest.browser, manifest.icon, 'dist/server.js', 'dist/browser/server.js', 'LICENSE', 'README.md', 'CHANGELOG.md',
      ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
    ].map(p => path.posix.normalize(p));
    // README's pictures show on the extension's page in VS Code, which reads them from the installed folder.
    const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\((?!https?:)([^)\s]+)|<img[^>]+src="(?!https?:)([^"]+)"/g)].map(m => m[1] ?? m[2]);
    for (const file of [...pointedAt, ...pictures]) assert.ok(shipped.has(file), `${file} is not in the .vsix (.vscodeignore)`);
    // The .vsix must stay under 3 MB: a zip holds each file deflated, as raw deflate measures it.
    const deflated = (f: string) => (fs.existsSync(path.join(repo, f)) ? zlib.deflateRawSync(fs.readFileSync(path.join(repo, f))).length : 0);
    const bytes = [...shipped].reduce((sum, f) => sum + deflated(f), 0);
    assert.ok(bytes < 3 * 1024 * 1024, `${(bytes / 1048576).toFixed(1)} MB deflated`);
    const stray = [...shipped].filter(f => /\.(ts|map)$|^(test|out|server|node_modules)\//.test(f));
    assert.deepStrictEqual(stray, []);
  });

  it('bundles a server that starts with nothing beside it (as it does in the .vsix)', async function () {
    const bundle = path.join(repo, 'dist/server.js');
    assert.ok(fs.existsSync(bundle), 'dist/server.js missing: run `npm run bundle`');
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-bundle-'));
    try {
      fs.copyFileSync(bundle, path.join(alone, 'server.js'));
      const { capabilities } = await initialize(path.join(alone, 'server.js'));
      assert.deepStrictEqual(capabilities.semanticTokensProvider?.legend, SEMANTIC_TOKENS_LEGEND);
      assert.ok(capabilities.executeCommandProvider?.commands.includes('sourcingLens.analyzeFile'));
    } finally {
      fs.rmSync(alone, { recursive: true, force: true });
    }
  });

  describe('for VS Code for the Web', () => {
    /** What a web-worker extension host cannot load: Node's built-in modules. */
    const NODE_BUILT_IN = /require\((["'])(?:node:)?(fs|path|url|crypto|worker_threads|child_process|os)\1\)/;
    const BROWSER_ENTRIES = {
      'dist/browser/client.js': 'client/src/browser/main.ts',
      'dist/browser/server.js': 'server/src/lsp/browser/main.ts',
    };

    it('ships browser bundles that load no Node built-in', () => {
      assert.strictEqual(manifest.browser, './dist/browser/client.js');
      for (const bundle of Object.keys(BROWSER_ENTRIES)) {
        const file = path.join(repo, bundle);
        assert.ok(fs.existsSync(file), `${bundle} missing: run \`npm run bundle\``);
        assert.doesNotMatch(fs.readFileSync(file, 'utf8'), NODE_BUILT_IN, bundle);
      }
    });

    it('bundles both browser entries with esbuild for the browser platform, where a Node built-in fails the build', async function () {
      this.timeout(60_000);
      for (const entry of Object.values(BROWSER_ENTRIES)) {
        const result = await build({
          entryPoints: [path.join(repo, entry)],
          bundle: true,
          platform: 'browser',
          external: ['vscode'],
          write: false,
          logLevel: 'silent',
        });
        assert.deepStrictEqual(result.errors, [], entry);
        assert.doesNotMatch(result.outputFiles[0]!.text, NODE_BUILT_IN, entry);
      }
    });
  });
});
