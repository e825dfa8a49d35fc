import { itFlagsAs, itFlagsNothing } from '../support/claimFixtures';

// Motives, plans and private acts an editor would not send back, each beside a sentence with the same words that
// must still be flagged. Every sentence is invented (fictional people, places and bodies).

describe('a motive, a plan or a private act its holder voices in the same clause', () => {
  // what the holders said in the same breath shows the state: the sentence credits them
  itFlagsNothing([
    'Several veteran dock pilots chafed at the new berth rules and said the levy would drive trade to Ostvik.',
    'Some council members vented about the delays and said they had run out of patience with the board.',
    'Mayor Inga Sorvald, plainly frustrated, answered the crowd at length, saying the board had heard every complaint.',
    'The harbour columnist Pell Andrus, in an attempt to shame the board, wrote that its minutes were a year late.',
  ]);
  // the same states, stated by the reporter alone or with someone else speaking, are still claims
  itFlagsAs('motive', [
    'Several veteran dock pilots chafed at the new berth rules.',
    'Mayor Inga Sorvald, plainly frustrated, left the harbour hall early.',
    'The dock pilots chafed at the new berth rules, and the board said nothing.',
  ]);
  itFlagsAs('deliberation', ['Some council members vented about the delays at a closed meeting.']);
});

describe('a feeling adjective before its noun, or for a group', () => {
  // after an article, a possessive or "of" it labels a group or a thing by its mood in passing; the sentence asserts
  // something else
  itFlagsNothing([
    'Lots of angry dock workers turned out for the harbour vote.',
    'A bitter fight over the ferry tolls ended with a vote in March.',
    'The deeply frustrated crews of the night ferry lined the quay for the vote.',
  ]);
  // said of its holder, by a verb or set before the clause, it is still the reporter's reading of them
  itFlagsAs('motive', [
    'The pilots are angry about the new tolls.',
    'Angry at the tolls, the pilots walked out of the hall.',
    'Mayor Fenn was stunned, and her aides were furious.',
  ]);
});
