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
