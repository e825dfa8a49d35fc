/**
 * The one lookup of `.sourcinglens.json` that the CLI check and the language server share: nearest file wins,
 * a broken file keeps the last good style (and says where it is broken), and excludes are judged as a walk would.
 */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { EMPTY_HOUSE_STYLE } from '../../server/src/houseStyle/houseStyle';
import { HOUSE_STYLE_FILE, HouseStyleFiles, type HouseStyleFileReading } from '../../server/src/houseStyle/files';
import { nodeFileSystem } from '../../server/src/houseStyle/node/fileSystem';

describe('house-style files: finding the style that governs a file', () => {
  let desk: string;
  let readings: HouseStyleFileReading[];
  let styles: HouseStyleFiles;
  const write = (path: string, text: string) => writeFileSync(join(desk, path), text);
  /** The lookup works on URIs; the desk is on disk. */
  const at = (...path: string[]) => pathToFileURL(join(desk, ...path)).href;

  beforeEach(() => {
    desk = mkdtempSync(join(tmpdir(), 'sourcing-lens-styles-'));
    mkdirSync(join(desk, 'politics', 'drafts', 'old'), { recursive: true });
    mkdirSync(join(desk, 'sport'));
    write(HOUSE_STYLE_FILE, JSON.stringify({ cueVerbs: ['quip'], exclude: ['drafts/', '*.wire.txt'] }));
    write(join('sport', HOUSE_STYLE_FILE), JSON.stringify({ titles: ['Coach'] }));
    readings = [];
    styles = new HouseStyleFiles(nodeFileSystem, (reading) => readings.push(reading));
  });
  afterEach(() => rmSync(desk, { recursive: true, force: true }));

  it('takes the nearest file at or above a folder, with the folder its excludes are relative to', async () => {
    const politics = (await styles.forFolder(at('politics', 'drafts')));
    assert.deepStrictEqual(politics.style.cueVerbs, ['quip']);
    assert.strictEqual(politics.root, at());
    const sport = await styles.forFolder(at('sport'));
    assert.deepStrictEqual([sport.style.titles, sport.style.cueVerbs], [['Coach'], []], 'the nearest file wins whole, no merging');
    assert.strictEqual(sport.root, at('sport'));
    await styles.forFolder(at('politics'));
    assert.strictEqual(readings.length, 2, 'each file is read once until forgotten');
    assert.ok(readings.every((r) => r.problem === undefined));
  });

  it('reports a misspelt key with its place, and keeps the last good style in force', async () => {
    await styles.forFolder(at());
    write(HOUSE_STYLE_FILE, '{\n  "cueVerb": ["quip"]\n}\n');
    styles.forget();
    assert.deepStrictEqual((await styles.forFolder(at())).style.cueVerbs, ['quip'], 'last good style kept');
    const broken = readings[readings.length - 1]!;
    assert.match(broken.problem!.message, /unknown setting "cueVerb"/);
    assert.strictEqual(broken.text.slice(broken.problem!.start, broken.problem!.end), '"cueVerb"');
    assert.strictEqual(broken.keptLastGood, true);
  });

  it('applies no style from a file that was never good, and says so', async () => {
    write(join('sport', HOUSE_STYLE_FILE), '{ "titles": "Coach" }');
    assert.strictEqual((await styles.forFolder(at('sport'))).style, EMPTY_HOUSE_STYLE);
    const [reading] = readings;
    assert.match(reading!.problem!.message, /"titles" must be a list/);
    assert.strictEqual(reading!.text.slice(reading!.problem!.start, reading!.problem!.end), '"Coach"');
    assert.strictEqual(reading!.keptLastGood, false);
  });

  it('treats an unreadable house-style file as broken instead of throwing', async () => {
    mkdirSync(join(desk, 'politics', 'drafts', 'old', HOUSE_STYLE_FILE)); // a folder where the file should be
    assert.strictEqual((await styles.forFolder(at('politics', 'drafts', 'old'))).style, EMPTY_HOUSE_STYLE);
    assert.match(readings[0]!.problem!.message, /^cannot read: /);
  });

  it('judges a single file as a walk from the top folder would: an excluded folder on the way leaves it out', async () => {
    const draft = at('politics', 'drafts', 'old', 'vote.article');
    assert.strictEqual(await styles.leavesOut(draft, false), false, 'the file itself matches no pattern');
    assert.strictEqual(await styles.leavesOutUnder(at(), draft), true, 'politics/drafts/ is excluded');
    assert.strictEqual(await styles.leavesOutUnder(at('politics', 'drafts'), draft), false, 'a walk that starts inside drafts/ checks it');
    assert.strictEqual(await styles.leavesOutUnder(at(), at('politics', 'ap.wire.txt')), true);
    assert.strictEqual(await styles.leavesOutUnder(at(), at('politics', 'vote.article')), false);
    const sportDraft = at('sport', 'drafts', 'match.article');
    assert.strictEqual(await styles.leavesOutUnder(at(), sportDraft), false, "inside sport/ its own style governs, and it excludes nothing");
  });
});
