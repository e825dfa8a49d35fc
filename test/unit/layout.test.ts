/**
 * The layout's acceptance guards (issue 10), checked on the real source tree rather than trusted to review: no
 * engine file over 500 lines, no import cycle, an engine that imports nothing a browser worker lacks, and a client
 * that shares only request names and model types with the server. Each failure names the files at fault.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { builtinModules } from 'module';
import { dirname, join, relative, resolve } from 'path';
import * as ts from 'typescript';

const REPO = join(__dirname, '..', '..', '..');
const SERVER_SRC = join(REPO, 'server', 'src');
const CLIENT_SRC = join(REPO, 'client', 'src');
const ENGINE = join(SERVER_SRC, 'engine');
const ENGINE_LINE_LIMIT = 500;
/** The engine's stage folders in pipeline order: each may import only the folders before it (and model.ts). */
const ENGINE_STAGES = ['lexicon', 'text', 'segments', 'quotes', 'mentions', 'attributions', 'actors', 'findings'];
/** npm packages the engine may use: pure JavaScript that runs in a browser worker as it does in Node. */
const ENGINE_PACKAGES = new Set(['compromise']);
/** What the client may take from server/src: the shared request names and types, and the model's types. */
const CLIENT_SHARED_FOLDER = join(SERVER_SRC, 'protocol');
const CLIENT_SHARED_TYPES = join(ENGINE, 'model.ts');

interface Import {
  /** The module specifier as written: './quotes', 'compromise'. */
  specifier: string;
  /** The .ts file a relative specifier names; undefined for a package or a built-in. */
  target?: string;
  /** `import type`, `export type … from`, or named imports that are all `type`: erased from the JavaScript. */
  typeOnly: boolean;
}

const rel = (file: string) => relative(REPO, file).split('\\').join('/');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && sources.has(candidate)) return candidate;
  }
  return undefined;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** Every module a file names: imports and re-exports (type-only ones included), `import x = require()`, `import()` and `require()`. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (literal: ts.Expression | undefined, typeOnly: boolean) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const specifier = literal.text;
    found.push({ specifier, typeOnly, target: specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const sources = new Set([...sourcesUnder(SERVER_SRC), ...sourcesUnder(CLIENT_SRC)]);
const imports = new Map([...sources].map((file) => [file, importsOf(file)]));
const inside = (folder: string, file: string) => !relative(folder, file).startsWith('..');
const isNodeBuiltIn = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Tarjan's strongly connected components of the import graph; each one of more than one file is a cycle. */
function importCycles(files: string[], edges: (file: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of edges(file)) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges(file).includes(file)) cycles.push(component.map(rel).sort());
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return cycles;
}

describe('layout: the acceptance guards of issue 10, on the real tree', () => {
  it('finds the sources it guards (so that an empty walk cannot pass)', () => {
    assert.ok([...sources].some((f) => inside(ENGINE, f)), 'no engine source found');
    assert.ok([...sources].some((f) => inside(CLIENT_SRC, f)), 'no client source found');
    const unresolved = [...imports].flatMap(([file, list]) => list.filter((i) => i.specifier.startsWith('.') && !i.target && !i.specifier.endsWith('.json')).map((i) => `${rel(file)}: ${i.specifier}`));
    assert.deepStrictEqual(unresolved, [], 'relative imports that name no .ts source (the graph below would miss them)');
  });

  it(`has no file in server/src/engine/ over ${ENGINE_LINE_LIMIT} lines`, () => {
    const lineCount = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;
    const offenders = [...sources]
      .filter((file) => inside(ENGINE, file))
      .map((file) => ({ file: rel(file), lines: lineCount(file) }))
      .filter(({ lines }) => lines > ENGINE_LINE_LIMIT)
      .sort((a, b) => b.lines - a.lines);
    assert.deepStrictEqual(offenders, [], `engine files over ${ENGINE_LINE_LIMIT} lines: ${offenders.map((o) => `${o.file} (${o.lines})`).join(', ')}`);
  });

  it('has no import cycle among server/src and client/src', () => {
    // Type-only imports count too: they are erased from the JavaScript, but a cycle through them still ties two
    // modules' designs together, which is what the rule is about.
    const edges = (file: string) => imports.get(file)!.flatMap((i) => (i.target ? [i.target] : []));
    const cycles = importCycles([...sources].sort(), edges);
    assert.deepStrictEqual(cycles, [], `import cycles (each line one strongly connected set of files):\n${cycles.map((c) => c.join(' ↔ ')).join('\n')}`);
  });

  it('keeps the engine pure: no Node built-in, nothing from outside server/src/engine/ but pure packages', () => {
    const offences = [...imports]
      .filter(([file]) => inside(ENGINE, file))
      .flatMap(([file, list]) =>
        list.flatMap(({ specifier, target }) => {
          if (specifier.startsWith('.')) return target && inside(ENGINE, target) ? [] : [`${rel(file)} imports ${specifier} (outside the engine)`];
          if (isNodeBuiltIn(specifier)) return [`${rel(file)} imports the Node built-in ${specifier}`];
          return ENGINE_PACKAGES.has(packageOf(specifier)) ? [] : [`${rel(file)} imports the package ${specifier}, not known to be pure`];
        }),
      );
    assert.deepStrictEqual(offences, []);
  });

  it('keeps the data flowing one way: an engine stage imports only the stages before it', () => {
    const stageOf = (file: string) => ENGINE_STAGES.indexOf(relative(ENGINE, file).split(/[\\/]/)[0]!);
    const staged = [...imports].filter(([file]) => inside(ENGINE, file) && stageOf(file) >= 0);
    assert.ok(staged.length > ENGINE_STAGES.length, 'the stage folders hold the engine');
    const offences = staged.flatMap(([file, list]) =>
      list.flatMap(({ target }) => {
        if (!target || !inside(ENGINE, target)) return [];
        const later = stageOf(target) > stageOf(file);
        const runner = stageOf(target) < 0 && !target.endsWith('model.ts'); // analyze.ts, faults.ts run the stages
        return later || runner ? [`${rel(file)} imports ${rel(target)}`] : [];
      }),
    );
    assert.deepStrictEqual(offences, []);
  });

  it('lets the client take from server/src only the protocol (request names and types) and the model’s types', () => {
    // Followed through the files the client reaches, so that a protocol file re-exporting server code is caught too.
    const reached = [...sources].filter((file) => inside(CLIENT_SRC, file));
    const offences: string[] = [];
    for (let i = 0; i < reached.length; i++) {
      for (const { target, typeOnly } of imports.get(reached[i])!) {
        if (!target || !inside(SERVER_SRC, target)) continue;
        const shared = inside(CLIENT_SHARED_FOLDER, target) || (target === CLIENT_SHARED_TYPES && typeOnly);
        if (!shared) offences.push(`${rel(reached[i])} imports ${typeOnly ? 'types from ' : ''}${rel(target)}`);
        else if (!reached.includes(target)) reached.push(target);
      }
    }
    assert.deepStrictEqual(offences, [], 'the client imports server source beyond the shared protocol');
  });
});
