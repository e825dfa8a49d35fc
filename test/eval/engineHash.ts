/**
 * A fingerprint of the engine's output over directories of stories: one SHA-256 over the JSON model of every
 * `.txt` file, in name order. A change made for speed or safety on hostile input must leave real copy read exactly
 * as before; comparing this hash before and after the change shows that it does.
 *
 *   node out/test/eval/engineHash.js ../shared/polnear/data/dev/text ../shared/corpus
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/engine/analyze';

function storiesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

function hashDirectory(dir: string): { stories: number; hash: string } {
  const hash = crypto.createHash('sha256');
  const stories = storiesIn(dir);
  for (const file of stories) {
    hash.update(path.basename(file));
    hash.update(JSON.stringify(analyze(fs.readFileSync(file, 'utf8'))));
  }
  return { stories: stories.length, hash: hash.digest('hex') };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: engineHash <dir of .txt stories>...');
  process.exit(2);
}
for (const dir of dirs) {
  const { stories, hash } = hashDirectory(dir);
  console.log(`${hash}  ${stories} stories  ${dir}`);
}
