import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { scanQuotes } from '../../server/src/engine/quotes/quotes';
import { splitSentences } from '../../server/src/engine/segments/segments';
import { languageName, paragraphLanguage } from '../../server/src/engine/segments/language';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';

/** The paragraph's language as the engine tells it, its quotations found as the pipeline finds them. */
function languageOf(paragraph: string): string | undefined {
  const quotes = scanQuotes(paragraph, splitSentences(paragraph, BUILT_IN_VOCABULARY), BUILT_IN_VOCABULARY).quotes;
  return paragraphLanguage(paragraph, quotes);
}

/** One test a paragraph: the engine tells it as `tag`. */
function itTells(cases: [tag: string, paragraph: string][]): void {
  for (const [tag, paragraph] of cases) {
    it(`${languageName(tag)}: ${paragraph.slice(0, 30)}…`, () => assert.strictEqual(languageOf(paragraph), tag));
  }
}

describe('paragraphs in another language', () => {
  describe('told by their function words', () =>
    itTells([
      ['es', 'La junta del puerto aplazó la votación hasta la primavera, según dijo el portavoz, porque los sindicatos no aceptan el contrato.'],
      ['fr', 'Le conseil municipal a reporté le vote, car les syndicats ne veulent pas signer. Selon le maire, il est trop tôt pour conclure.'],
      ['de', 'Der Stadtrat hat die Abstimmung verschoben, weil die Gewerkschaft den Vertrag noch nicht unterschreiben will. Das sagte ein Sprecher am Montag.'],
      ['pt', 'O conselho adiou a votação para a primavera, segundo disse o porta-voz, porque os sindicatos não aceitam o contrato.'],
      ['it', 'Il consiglio comunale ha rinviato il voto alla primavera, perché i sindacati non hanno ancora firmato il contratto.'],
      ['nl', 'De gemeenteraad heeft de stemming uitgesteld, omdat de vakbond het contract nog niet wil tekenen, zei een woordvoerder.'],
    ]));

  describe('told by their script', () =>
    itTells([
      ['und-Cyrl', 'Городской совет отложил голосование до весны, сообщил представитель мэрии.'],
      ['ja', '市議会は投票を春まで延期したと、広報担当者が月曜日に述べた。'],
      ['zh', '市议会周一表示，将把投票推迟到明年春天。'],
      ['ko', '시의회는 월요일에 투표를 봄까지 연기했다고 밝혔다.'],
      ['el', 'Το δημοτικό συμβούλιο ανέβαλε την ψηφοφορία μέχρι την άνοιξη.'],
      ['und-Arab', 'أجل المجلس البلدي التصويت حتى فصل الربيع، بحسب متحدث باسمه.'],
    ]));

  describe('in a language with no word list: no English function word in a long run of words, and accents', () => {
    for (const paragraph of [
      'Rada miejska przełożyła głosowanie do wiosny, ponieważ związki zawodowe nie chcą jeszcze podpisać nowej umowy z zarządem portu.',
      'Belediye meclisi oylamayı bahara erteledi, çünkü sendikalar liman yönetimiyle yeni sözleşmeyi henüz imzalamak istemiyor.',
      'Kommunfullmäktige sköt upp omröstningen till våren, eftersom facket ännu inte vill skriva under det nya avtalet med hamnen.',
    ]) {
      it(paragraph.slice(0, 40), () => assert.strictEqual(languageOf(paragraph), 'und'));
    }
    it('a line of tags has no accents and stays English', () => {
      assert.strictEqual(languageOf('Tags: harbour leases, union talks, port budget, ferry timetable, county hall, dock workers'), undefined);
    });
    it('is named as such', () => assert.strictEqual(languageName('und'), 'a language other than English'));
  });

  it('a quotation in another language inside English narration leaves the paragraph English', () => {
    const paragraph =
      '“No vamos a ceder ni un metro del muelle, porque el contrato es malo para la ciudad y para los trabajadores,” the mayor, Joaquín Ferrer, said on Monday.';
    assert.strictEqual(languageOf(paragraph), undefined);
  });

  it('a quotation with a short narration in the same language is that language', () => {
    assert.strictEqual(languageOf('«No vamos a ceder ni un metro», dijo el alcalde.'), 'es');
  });

  it('names with foreign particles, a few letters of another script and short lines stay English', () => {
    for (const paragraph of [
      'The harbour board, led by Luis de la Cruz and Benicio del Toro’s cousin, met in Los Angeles with Ella Vargas on Monday.',
      'The minister — 外務省 in the ministry’s own papers — said the talks would resume within the week.',
      'Merci beaucoup, monsieur le maire.',
      'Photo: Ana Ruiz / El Diario del Sur',
    ]) {
      assert.strictEqual(languageOf(paragraph), undefined, paragraph);
    }
  });

  describe('in a story', () => {
    const story = [
      'Harbour board delays lease vote',
      'The harbour board delayed its vote on the container lease until spring, its chairwoman, Dana Whitfield, said on Monday.',
      '“We have made our offer,” said Ross Tenby, the port’s director.',
      '«No vamos a ceder ni un metro del muelle», dijo el alcalde de Puerto Ellis, Joaquín Ferrer, en una rueda de prensa.',
      'Le maire adjoint, Étienne Brasseur, a déclaré que la ville ne signerait rien avant l’été. Selon lui, les syndicats veulent bloquer le port.',
      'Council members fear the levy will sink the budget.',
    ].join('\n\n');

    it('reads nothing in them: no names, no quotes, no speaker borrowed from the English before', () => {
      const model = analyze(story);
      assert.deepStrictEqual(
        model.paragraphs.map((p) => p.language),
        [undefined, undefined, undefined, 'es', 'fr', undefined],
      );
      assert.deepStrictEqual(model.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Dana Whitfield', 'Ross Tenby']);
      assert.strictEqual(model.quotes.length, 1);
      assert.ok(model.findings.some((f) => f.code === 'unattributed-claim' && story.slice(f.start).startsWith('Council members fear')));
    });

    it('says so once per run of such paragraphs, on its first sentence, naming the languages', () => {
      const unread = analyze(story).findings.filter((f) => f.code === 'other-language');
      assert.strictEqual(unread.length, 1);
      assert.ok(story.slice(unread[0].start, unread[0].end).startsWith('«No vamos'));
      assert.strictEqual(unread[0].severity, 'information');
      assert.match(unread[0].message, /^Not read: these 2 paragraphs seem to be in Spanish and French\. Sourcing Lens reads English copy/);
    });

    it('a whole story in another language is one finding, and a marker silences it', () => {
      const french = [
        'Le port reporte le vote sur le bail',
        'Le conseil du port a reporté le vote sur le bail des conteneurs, car les syndicats ne veulent pas signer avant l’été.',
        'Selon le maire, il est trop tôt pour conclure: les négociations sont encore en cours et elles dureront des mois.',
      ].join('\n\n');
      const unread = analyze(french).findings;
      assert.deepStrictEqual(unread.map((f) => f.code), ['other-language']);
      assert.match(unread[0].message, /^Not read: these 2 paragraphs seem to be in French\./);
      assert.deepStrictEqual(analyze(`<!-- sourcing-lens: ignore other-language -->\n\n${french.split('\n\n').slice(1).join('\n\n')}`).findings, []);
    });
  });
});
