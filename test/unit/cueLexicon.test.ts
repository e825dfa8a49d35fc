import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('cue lexicon: stance verbs that need their complement', () => {
  it('"sees X as Y", "view X as Y": the object and what it is taken for are the content', () => {
    assert.deepStrictEqual(found('Dock workers see the ferry levy as a tax on the islands.'), [
      ['Dock workers', 'see', 'the ferry levy as a tax on the islands'],
    ]);
    assert.deepStrictEqual(found('Most growers in Tarrow view Mayor Quell as a friend of the co-ops.'), [
      ['Most growers in Tarrow', 'view', 'Mayor Quell as a friend of the co-ops'],
    ]);
  });

  it('"see" and "view" with no "X as" after them report nothing: sight, a noun, a clause of time', () => {
    assert.deepStrictEqual(found('Brevik saw the ferry leave the pier at noon.'), []);
    assert.deepStrictEqual(found('In Brevik’s view the pier is too short.'), []);
    assert.deepStrictEqual(found('Brevik saw the ferry as it left the pier.'), []);
  });

  it('"cast herself as", "framed the levy as", "positioned him as" take something as something; "cast a vote" does not', () => {
    assert.deepStrictEqual(found('Quell cast herself as the friend of the growers.'), [['Quell', 'cast', 'herself as the friend of the growers']]);
    assert.deepStrictEqual(found('The dock union framed the levy as a tax on the islands.'), [
      ['The dock union', 'framed', 'the levy as a tax on the islands'],
    ]);
    assert.deepStrictEqual(found('Brevik cast his vote at noon.'), []);
  });
});

describe('cue lexicon: stances and speech acts written as phrases', () => {
  it('"took issue with", "distanced herself from", "made no secret of", "touched on" take their noun phrase', () => {
    assert.deepStrictEqual(found('Councillor Brevik took issue with the ferry timetable.'), [
      ['Councillor Brevik', 'took issue with', 'the ferry timetable'],
    ]);
    assert.deepStrictEqual(found('Mayor Quell distanced herself from the harbour levy.'), [
      ['Mayor Quell', 'distanced herself from', 'the harbour levy'],
    ]);
    assert.deepStrictEqual(found('Osei made no secret of his dislike for the new pier.'), [
      ['Osei', 'made no secret of', 'his dislike for the new pier'],
    ]);
    assert.deepStrictEqual(found('The governor touched on the fishing quotas.'), [['The governor', 'touched on', 'the fishing quotas']]);
  });

  it('"blast" and "trumpeting" are cues', () => {
    assert.deepStrictEqual(found('Dock unions blast Mayor Quell.'), [['Dock unions', 'blast', 'Mayor Quell']]);
    assert.deepStrictEqual(found('Brevik has been trumpeting a plan to widen the harbour road.'), [
      ['Brevik', 'trumpeting', 'a plan to widen the harbour road'],
    ]);
  });
});

describe('sourceless cues: the clause of "is expected to", "seems"', () => {
  it('the content opens at the clause of the cue: after ", and", after a subordinator, at a relative pronoun', () => {
    assert.deepStrictEqual(found('The first ferries sail in May, and the last pier is not expected to open until 2031.'), [
      [null, 'is not expected', 'the last pier'], [null, 'is not expected', 'to open until 2031'],
    ]);
    assert.deepStrictEqual(found('Both unions campaign in Tarrow, where Quell is expected to win.'), [
      [null, 'is expected', 'Quell'], [null, 'is expected', 'to win'],
    ]);
    assert.deepStrictEqual(found('The vote picks delegates who are expected to back Quell.'), [
      [null, 'are expected', 'who'], [null, 'are expected', 'to back Quell'],
    ]);
  });

  it('"it appears that …" is a sourceless cue; "appeared at the rally" is not', () => {
    assert.deepStrictEqual(found('In the end, it appears that the harbour levy will pass.'), [
      [null, 'appears', 'it'], [null, 'appears', 'that the harbour levy will pass'],
    ]);
    assert.deepStrictEqual(found('Quell appeared at the harbour rally.'), []);
  });

  it('a second sourceless cue in the sentence reports its own clause', () => {
    assert.deepStrictEqual(found('The pier seems ready, and the ferry appears set to sail.'), [
      [null, 'seems', 'The pier'], [null, 'seems', 'ready'],
      [null, 'appears', 'the ferry'], [null, 'appears', 'set to sail'],
    ]);
  });

  it('an appearance whose subject is a bare "that" is no attribution; a passive with one still is', () => {
    assert.deepStrictEqual(found('Growers are stuck with a ferry timetable that seems rigged against the islands.'), []);
    assert.deepStrictEqual(found('The old pier was rebuilt in 1990, but that seemed out of reach by spring.'), []);
    assert.deepStrictEqual(found('The guild picked a route that is expected to cut fares.'), [
      [null, 'is expected', 'that'], [null, 'is expected', 'to cut fares'],
    ]);
  });

  it('a subject with "and" in it, or an aside between commas, stays whole', () => {
    assert.deepStrictEqual(found('Quell and Brevik are expected to meet.'), [[null, 'are expected', 'Quell and Brevik'], [null, 'are expected', 'to meet']]);
    assert.deepStrictEqual(found('The levy, which came from Brevik, seems certain to pass.'), [
      [null, 'seems', 'The levy, which came from Brevik'], [null, 'seems', 'certain to pass'],
    ]);
  });
});

describe('cue lexicon: forms that report nothing before certain words', () => {
  it('a telephone call reports nothing: "called Brevik shortly after", "called Ada Novak.", "called her to congratulate"', () => {
    assert.deepStrictEqual(found('Mayor Quell called Brevik shortly after the vote.'), []);
    assert.deepStrictEqual(found('Quell called Ada Novak.'), []);
    assert.deepStrictEqual(found('Quell called Gov. Ada Novak to congratulate her.').map((a) => a[1]), ['congratulate']);
  });

  it('"called X Y", "called on X to", a title before the name and a quotation still report', () => {
    assert.deepStrictEqual(found('Quell called Brevik a liar.'), [['Quell', 'called', 'Brevik a liar']]);
    assert.deepStrictEqual(found('Quell called Mrs. Novak a menace.'), [['Quell', 'called', 'Mrs. Novak a menace']]);
    assert.deepStrictEqual(found('Quell called him “a menace.”'), [['Quell', 'called', 'him “a menace.”']]);
    assert.deepStrictEqual(found('Quell called on Brevik to resign.'), [['Quell', 'called', 'Brevik to resign']]);
  });

  it('"called off" and "pledged delegates" report nothing', () => {
    assert.deepStrictEqual(found('The dock union called off the strike.'), []);
    assert.deepStrictEqual(found('Quell holds a lead among pledged delegates.'), []);
  });

  it('"backed down", "found a way", "seeking a second term" report nothing; "backed the levy" and "seeking to" do', () => {
    assert.deepStrictEqual(found('The harbour board backed down after the protest.'), []);
    assert.deepStrictEqual(found('Brevik found a way to fund the pier.'), []);
    assert.deepStrictEqual(found('Councillor Osei is seeking a second term.'), []);
    assert.deepStrictEqual(found('The growers backed the levy.'), [['The growers', 'backed', 'the levy']]);
    assert.deepStrictEqual(found('Osei is seeking to widen the pier.'), [['Osei', 'seeking', 'to widen the pier']]);
  });

  it('"adding to her lead" is no speech; "added to reporters" and "added to the Courier" are', () => {
    assert.deepStrictEqual(found('Quell won the harbour ward, adding to her lead over Brevik.'), []);
    assert.deepStrictEqual(found('“The pier will open,” Quell added to reporters.').map((a) => a[1]), ['added']);
    assert.deepStrictEqual(found('“The pier will open,” Quell added to the Courier.').map((a) => a[1]), ['added']);
  });

  it('"showed up" and "charged with" report nothing; "showed that" and "charged that" do', () => {
    assert.deepStrictEqual(found('Brevik showed up at the harbour meeting.'), []);
    assert.deepStrictEqual(found('The ferry captain charged with smuggling left the court.'), []);
    assert.deepStrictEqual(found('The harbour survey showed that the pier was sinking.'), [
      ['The harbour survey', 'showed', 'that the pier was sinking'],
    ]);
    assert.deepStrictEqual(found('Brevik charged that the levy was illegal.'), [['Brevik', 'charged', 'that the levy was illegal']]);
  });

  it('"helped found the co-op" sets up a group and "the sums add up" reports nothing; "found that" still reports', () => {
    assert.deepStrictEqual(found('Osei, who helped found the dock co-op, said the levy was fair.'), [['Osei', 'said', 'the levy was fair']]);
    assert.deepStrictEqual(found('The sums for the pier add up to two million crowns.'), []);
    assert.deepStrictEqual(found('The harbour audit found that the pier was sinking.'), [
      ['The harbour audit', 'found', 'that the pier was sinking'],
    ]);
  });
});

describe('cue lexicon: the noun "say" and the writer\'s "safe to say" report nothing', () => {
  it('"had their say", "a larger say in", "the final say on" are a share in a decision', () => {
    assert.deepStrictEqual(found('When the ferry riders finally had their say, they sank the levy.'), []);
    assert.deepStrictEqual(found('The growers gained a larger say than the dockers in the harbour budget.'), []);
    assert.deepStrictEqual(found('The harbour board has the final say on whether the pier opens.'), []);
  });

  it('"too soon to say", "safe to say" are the writer\'s hedge; "the growers say" and "her to say" still report', () => {
    assert.deepStrictEqual(found('It is too soon to say whether the pier will hold.'), []);
    assert.deepStrictEqual(found('It is safe to say the levy will pass.'), []);
    assert.deepStrictEqual(found('The growers say the levy will pass.'), [['The growers', 'say', 'the levy will pass']]);
  });

  it('"said little," and "I said it." report nothing; "says so" and "said it would" still report', () => {
    assert.deepStrictEqual(found('At the hearing Osei said little, and left early.'), []);
    assert.deepStrictEqual(found('The pier must close. There, I said it.'), []);
    assert.deepStrictEqual(found('The levy is fair because the harbour charter says so.').map((a) => a[1]), ['says']);
    assert.deepStrictEqual(found('Osei said it would rain.'), [['Osei', 'said', 'it would rain']]);
    assert.deepStrictEqual(found('Quell took back her words a day after she said them, but too late.'), []);
  });

  it('"All told, …" is a sum; "they all told him" still reports', () => {
    assert.deepStrictEqual(found('The fares rose twice. All told, the ferry board raised four million crowns.'), []);
    assert.deepStrictEqual(found('The pilots all told Quell the pier was unsafe.').map((a) => a[1]), ['told Quell']);
  });
});

describe('cue lexicon: what it rules out, the learned model does not propose again', () => {
  it('"did not see Mayor Quell at the pier" is a sighting, no view; "saw Quell as a rival" is a stance', () => {
    assert.deepStrictEqual(found('Growers didn’t see Mayor Quell at the pier on Friday.'), []);
    assert.deepStrictEqual(found('Ferry crews rarely see Ada Brevik in the harbour office.'), []);
    assert.deepStrictEqual(found('Growers saw Ada Brevik as a rival of the co-ops.'), [
      ['Growers', 'saw', 'Ada Brevik as a rival of the co-ops'],
    ]);
  });
});

describe('cue lexicon: a thought with a bare plural subject, and advice that is a job', () => {
  it('"believe other towns would follow": a lower-case subject and a finite verb make the thought a clause', () => {
    assert.deepStrictEqual(found('The growers believe other towns would follow the levy.'), [
      ['The growers', 'believe', 'other towns would follow the levy'],
    ]);
    assert.deepStrictEqual(found('Dock crews fear ferry fares are rising again.'), [['Dock crews', 'fear', 'ferry fares are rising again']]);
  });

  it('"felt sharp pain in the harbour" has no finite verb after its object: no thought reported', () => {
    assert.deepStrictEqual(found('Brevik felt sharp pain in the harbour cold.'), []);
  });

  it('"who advised Mayor Quell" and "advises Tarrow Holdings" name a job held; "advised Quell to wait" is advice', () => {
    assert.deepStrictEqual(found('Osei, who advised Mayor Quell for a decade, left the council.'), []);
    assert.deepStrictEqual(found('Brevik advises Tarrow Holdings on the pier sale.'), []);
    assert.deepStrictEqual(found('Brevik advised Quell to wait for the harbour audit.'), [['Brevik', 'advised', 'Quell to wait for the harbour audit']]);
    assert.deepStrictEqual(found('Brevik advised Tarrow College graduates in the spring of last year to keep their receipts.'), [
      ['Brevik', 'advised', 'Tarrow College graduates in the spring of last year to keep their receipts'],
    ]);
  });
});

describe('cue lexicon: "interrupt" delivers a line, it reports none in running prose', () => {
  it('"“Not yet,” Quell interrupted." reports the line; "interrupted the speech" and "interrupted himself" do not', () => {
    assert.deepStrictEqual(found('“Not before the vote,” Quell interrupted.'), [['Quell', 'interrupted', '“Not before the vote,”']]);
    assert.deepStrictEqual(found('Dock protesters interrupted the mayor’s speech on Friday.'), []);
    assert.deepStrictEqual(found('Brevik interrupted himself to greet the ferry crews.'), []);
  });
});

describe('sourceless cues: agentless passives of judgement, and where an impression ends', () => {
  it('"is widely seen as", "is known for", "was declared the winner": no one named, subject and complement are held', () => {
    assert.deepStrictEqual(found('The new ferry pier is widely seen as a lifeline for the islands.'), [
      [null, 'is widely seen', 'The new ferry pier'], [null, 'is widely seen', 'as a lifeline for the islands'],
    ]);
    assert.deepStrictEqual(found('Councillor Osei is known for his temper at harbour meetings.'), [
      [null, 'is known', 'Councillor Osei'], [null, 'is known', 'for his temper at harbour meetings'],
    ]);
    assert.deepStrictEqual(found('Quell was declared the winner in the harbour ward.'), [
      [null, 'was declared', 'Quell'], [null, 'was declared', 'the winner in the harbour ward'],
    ]);
  });

  it('"what is seen as" names a thing, and "to be seen as" is a wish: neither is a judgement reported', () => {
    assert.deepStrictEqual(found('The levy on growers is what is seen as a tax.'), []);
    assert.deepStrictEqual(found('Quell hopes to be seen as a reformer.'), [['Quell', 'hopes', 'to be seen as a reformer']]);
  });

  it('an impression is one clause: ", and …" and what a colon sets out are the writer’s', () => {
    assert.deepStrictEqual(found('The pier seemed ready, and crews were cheering on the quay.'), [[null, 'seemed', 'The pier'], [null, 'seemed', 'ready']]);
    assert.deepStrictEqual(found('Quell seemed irritated: “Not this again,” she wrote.'), [
      [null, 'seemed', 'Quell'], [null, 'seemed', 'irritated'],
      ['she', 'wrote', '“Not this again,”'],
    ]);
  });
});

describe('sourceless cues: a phrase that sets the scene is not the subject of an impression', () => {
  it('"To most growers, …" and "Outside the ferry hall, …" end at their comma; "Even the harbour master" is the subject', () => {
    assert.deepStrictEqual(found('To most growers, the new levy seems fair.'), [[null, 'seems', 'the new levy'], [null, 'seems', 'fair']]);
    assert.deepStrictEqual(found('Outside the ferry hall, the crowd seemed calm.'), [[null, 'seemed', 'the crowd'], [null, 'seemed', 'calm']]);
    assert.deepStrictEqual(found('Even the harbour master seemed tired.'), [[null, 'seemed', 'Even the harbour master'], [null, 'seemed', 'tired']]);
    // a subordinate clause before it ends at its comma too, whichever conjunction opens it
    assert.deepStrictEqual(found('Until the tide turned, the crossing seemed safe.'), [[null, 'seemed', 'the crossing'], [null, 'seemed', 'safe']]);
  });
});

describe('cue lexicon: the present "find" of a person locates, of evidence reports', () => {
  it('"will find a copy", "agents find the tunnels" report nothing; "the poll finds", "I find it odd", "finds that" do', () => {
    assert.deepStrictEqual(found('Visitors will find a copy of the harbour plan at the library.'), []);
    assert.deepStrictEqual(found('Dock agents find the smuggling tunnels by night.'), []);
    assert.deepStrictEqual(found('The harbour poll finds Quell ahead by four points.'), [['The harbour poll', 'finds', 'Quell ahead by four points']]);
    assert.deepStrictEqual(found('I find the new levy odd.'), [['I', 'find', 'the new levy odd']]);
    assert.deepStrictEqual(found('Brevik finds that the pier is sinking.'), [['Brevik', 'finds', 'that the pier is sinking']]);
  });
});

describe('sourceless cues: a charge that names no accuser', () => {
  it('"is accused of", "has long been accused of": the subject and the charge are held, with no source', () => {
    assert.deepStrictEqual(found('Councillor Osei is accused of hiding the ferry accounts.'), [
      [null, 'is accused', 'Councillor Osei'], [null, 'is accused', 'of hiding the ferry accounts'],
    ]);
    assert.deepStrictEqual(found('The dock union has long been accused of stalling the pier.'), [
      [null, 'been accused', 'The dock union has long'], [null, 'been accused', 'of stalling the pier'],
    ]);
  });

  it('a named accuser is the source as before; "accused" with no "of" after it is no charge held', () => {
    assert.deepStrictEqual(found('Mayor Quell accused Osei of hiding the ferry accounts.'), [
      ['Mayor Quell', 'accused', 'Osei of hiding the ferry accounts'],
    ]);
    assert.deepStrictEqual(found('The accused ferry clerk was in court on Monday.'), []);
  });
});

describe('cue lexicon: verbs of scorn, foresight and deliberation', () => {
  it('"trashed", "savaged", "insulted", "contradicted" report a judgement of what follows', () => {
    assert.deepStrictEqual(found('Councillor Osei trashed the ferry levy at the harbour meeting.'), [
      ['Councillor Osei', 'trashed', 'the ferry levy'],
    ]);
    assert.deepStrictEqual(found('Mayor Quell savaged the growers’ plan as a gift to the dock union.'), [
      ['Mayor Quell', 'savaged', 'the growers’ plan as a gift to the dock union'],
    ]);
    assert.deepStrictEqual(found('Brevik contradicted the harbour master on the cost of the pier.'), [
      ['Brevik', 'contradicted', 'the harbour master on the cost of the pier'],
    ]);
  });

  it('"foresees", "is mulling", "hints that": what is foreseen, weighed or hinted is the content', () => {
    assert.deepStrictEqual(found('The harbour master foresees a long winter for the ferry crews.'), [
      ['The harbour master', 'foresees', 'a long winter for the ferry crews'],
    ]);
    assert.deepStrictEqual(found('Quell is mulling a run for the harbour board.'), [['Quell', 'mulling', 'a run for the harbour board']]);
    assert.deepStrictEqual(found('Osei hints that the levy will pass.'), [['Osei', 'hints', 'that the levy will pass']]);
  });

  it('the bare "hint" and "trash" are nouns: no cue, and no source cut at them', () => {
    assert.deepStrictEqual(found('There was a hint of rain over the pier.'), []);
    assert.deepStrictEqual(found('The trash crews on the pier said the bins were full.'), [
      ['The trash crews on the pier', 'said', 'the bins were full'],
    ]);
  });
});

describe('cue lexicon: "hopes", "plans", "fears", "wants" after a singular noun', () => {
  it('agree with the noun before them as its verb when a complement follows', () => {
    assert.deepStrictEqual(found('The ferry warden hopes to reopen the slipway.'), [['The ferry warden', 'hopes', 'to reopen the slipway']]);
    assert.deepStrictEqual(found('The weavers’ guild fears the canal will silt up.'), [['The weavers’ guild', 'fears', 'the canal will silt up']]);
    assert.deepStrictEqual(found('A Dunmore trust plans to buy the old mill.'), [['A Dunmore trust', 'plans', 'to buy the old mill']]);
    assert.deepStrictEqual(found('The parish wants a second bridge.'), [['The parish', 'wants', 'a second bridge']]);
  });

  it('stay nouns after a determiner, an adjective or a plural, or with no complement', () => {
    assert.deepStrictEqual(found('The hopes of the weavers faded in March.'), []);
    assert.deepStrictEqual(found('The latest plans for the mill include a café.'), []);
    assert.deepStrictEqual(found('The ambitious plans to widen the canal include a lock.'), []);
    assert.deepStrictEqual(found('The parish fears grew after the flood.'), []);
    assert.deepStrictEqual(found('Weavers marched against low pay and parish plans to close the mill.'), []);
  });
});
