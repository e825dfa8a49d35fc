/** Where the suites find the repository, the fixture articles and the built programs, from out/test/<suite>/. */
import { readFileSync } from 'fs';
import { join } from 'path';

export const REPO = join(__dirname, '..', '..', '..');
/** The invented articles the suites read (test/fixtures/articles). */
export const FIXTURES = join(REPO, 'test', 'fixtures', 'articles');
/** The built command line (`npm run build`). */
export const CLI = join(REPO, 'out', 'server', 'src', 'cli', 'cli.js');

export const fixturePath = (name: string): string => join(FIXTURES, name);

export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
