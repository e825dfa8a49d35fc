import * as assert from 'assert';
import { looksLikeArticle } from '../../server/src/engine/segments/articleLike';
import { Desk } from '../support/workspace';
import { millisecondsOf } from '../support/timing';

/** Every text here is invented: fictional places, people and projects. */
const REPORT_STORY = `Audit finds gaps in Kestrel County ambulance times.

Ambulances in Kestrel County reached fewer than half of the most urgent calls within eight minutes last year, well short of the state standard, according to an audit released on Wednesday.

The audit, ordered by the county board after a string of delayed responses in the hill towns, found that crews were often sent from stations on the far side of the Marrow River.

County Administrator Joan Petrie has asked the board for money to open a third station near Alder Falls. The board is expected to take up the request next month.

Response times in the county's two largest towns were close to the standard, the audit found, while calls from the hill towns waited nearly twice as long.`;

const WRAPPED_STORY = `Harbour dredging to start in May

The Port of Wendling will begin dredging its main channel in May,
the harbour master announced on Friday, after two years of delays
over where to dump the silt.

The work will close the north berth for six weeks. Shipping agents
in Wendling have warned that cargo may be diverted to Carrow Bay
while it lasts.
`;

const SHORT_STORY = `Brennock mayor resigns.

Mayor Ilse Varga of Brennock resigned on Monday, two weeks after the town council voted to censure her over a land deal.`;

const EMBED_STORY = `Senator's post on the bridge vote draws fire

State Senator Carla Ruiz drew criticism from both parties on Tuesday after she mocked the bridge vote online.

<blockquote class="social-post" data-lang="en"><p lang="en">The bridge to nowhere just got a bridge to somewhere else. <a href="https://social.example/p/1">See more</a></p></blockquote>

Members of the Fenwick County delegation called the post unworthy of the office. Ruiz, who voted against the bridge, did not respond to a request for comment on Tuesday evening.

The bridge, a two-lane span over the Tamsin River, has been planned for a decade. Its backers in the Senate say it would cut the drive from Fenwick to the county seat by half an hour, while opponents have questioned whether the traffic would ever justify its cost.

The vote passed by a margin of four, with three members of Ruiz's own party joining the majority.`;

const CHANGELOG = `# Changelog

## 2.3.1

- Fix \`parseOptions()\` when \`config_path\` is empty.
- Bump \`widgetLib\` to 4.1.0.

## 2.3.0

- Add the \`--quiet\` flag. Thanks to Dana Whitfield for the report.
- The parser now keeps comments (see https://example.org/issues/12).
`;

const TERMS = `Terms of Use for the Sample Toolkit

Permission is granted to any person who obtains a copy of the Sample Toolkit to use it, subject to the terms below.

(a) You must keep this notice in every copy you make.
(b) You shall not remove the name of the Original Author from any file.
(c) You may share your changes with others, provided that you describe them.

The Original Author gives no warranty of any kind, and you use the toolkit at your own risk.`;

const MANUAL = `Setting up the Reading Room printer

Before you start, make sure your laptop is on the Library Guest network. Open the print dialog and choose Reading Room West. You must enter your card number when the printer asks for it, and you should collect your pages within ten minutes or the queue clears them. If your job does not print, ask the desk staff at the Alder Street entrance.`;

describe('which prose files read as news stories', () => {
  const stories: Record<string, string> = {
    'a story built on a report, with no quotation marks': REPORT_STORY,
    'a hard-wrapped story': WRAPPED_STORY,
    'a headline and one sentence': SHORT_STORY,
    'a story embedding a social-media post': EMBED_STORY,
  };
  for (const [name, text] of Object.entries(stories)) it(`${name} is a story`, () => assert.strictEqual(looksLikeArticle(text), true));

  const others: Record<string, string> = {
    'a changelog': CHANGELOG,
    'terms of use with lettered clauses': TERMS,
    'a manual addressed to its reader': MANUAL,
    'a one-line note': 'Call Ana about the ferry story on Friday.',
    'a disclaimer in capitals': `Notice\n\nThis report was prepared by the Sample Group for its members. ${'THE MATERIAL IS OFFERED AS IT STANDS WITHOUT ANY PROMISE THAT IT IS FIT FOR ANY USE AT ALL. '.repeat(2)}Questions go to Mira Osei at the Sample Group.`,
  };
  for (const [name, text] of Object.entries(others)) it(`${name} is not`, () => assert.strictEqual(looksLikeArticle(text), false));

  it('reads in linear time: a megabyte of one repeated token costs no more than a megabyte of prose', () => {
    const time = (text: string) => millisecondsOf(() => looksLikeArticle(text));
    const prose = REPORT_STORY.repeat(Math.ceil(1e6 / REPORT_STORY.length));
    const yardstick = Math.max(time(prose), 5);
    for (const hostile of ['A'.repeat(1e6), 'Ab '.repeat(3e5), '( '.repeat(5e5), 'x_'.repeat(5e5), `${'AB '.repeat(3e5)}`, '<a '.repeat(3e5), 'x\n'.repeat(5e5), 'A(a) '.repeat(2e5)]) {
      assert.ok(time(hostile) < yardstick * 5, hostile.slice(0, 6));
    }
  });
});

describe('npm run eval -- --detection', () => {
  it('counts the prose files under a folder that read as stories, in sorted order, leaving other files out', () => {
    const { join } = require('path') as typeof import('path');
    const { evaluateDetection, formatDetectionReport } = require('../eval/detection') as typeof import('../eval/detection');
    const desk = new Desk('detection', {
      [join('desk', 'b-story.md')]: REPORT_STORY,
      'a-story.txt': SHORT_STORY,
      'CHANGELOG.md': CHANGELOG,
      'story.json': JSON.stringify({ text: REPORT_STORY }),
    });
    const dir = desk.root;
    try {
      const report = evaluateDetection(dir);
      assert.strictEqual(report.files, 3);
      assert.deepStrictEqual(report.recognised, [join(dir, 'a-story.txt'), join(dir, 'desk', 'b-story.md')]);
      assert.deepStrictEqual(report.unrecognised, [join(dir, 'CHANGELOG.md')]);
      assert.strictEqual(formatDetectionReport(report, true), `${dir}: 2 of 3 prose files read as stories (66.7%)\n  not recognised: ${join(dir, 'CHANGELOG.md')}`);
    } finally {
      desk.dispose();
    }
  });
});
