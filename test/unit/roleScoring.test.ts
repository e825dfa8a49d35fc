/**
 * The role matcher of the people scorer (`npm run eval -- --gold`): a system role matches a gold one when it holds
 * at least half of the gold role's content words. Every role is invented.
 */
import * as assert from 'assert';
import { roleMatches } from '../eval/gold';

describe('role scorer', () => {
  it('leaves the owner out of a role that has more words than the owner', () => {
    assert.ok(roleMatches('campaign manager', "the senator's campaign manager"));
    assert.ok(!roleMatches("the senator's", "the senator's campaign manager"));
  });

  it('matches a role that is only an owner by that owner', () => {
    assert.ok(roleMatches('WKXT’s', 'WKXT’s'));
    assert.ok(roleMatches("WKXT's chief reporter", 'WKXT’s'));
    assert.ok(!roleMatches('the Gazette’s', 'WKXT’s'));
  });
});
