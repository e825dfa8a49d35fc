/**
 * The words and scripts the engine tells copy in another language by (segments/language.ts). The engine reads
 * English; a paragraph in Spanish or Russian read with English rules gives names that are not names ("Der
 * Bürgermeister"), roles that are sentences and quotes credited to the last English speaker. Such a paragraph is
 * left unread and said to be so.
 *
 * Each list holds frequent function words of its language that are not English words and are not the particles
 * of names ("de", "la", "van", "von", "al", "du", "dos"), nor halves of hyphenated English words ("non-", "op-ed"):
 * only lower-case words are counted, so "Los Angeles" and "Ella" never count, but "Benicio del Toro" would.
 */
import { wordList } from './wordList';

/**
 * English function words that are not function words of the languages below (unlike grammar.ts's FUNCTION_WORDS,
 * which keeps "in", "was", "will", "has" and "he": German, Dutch and Spanish use them too).
 */
export const ENGLISH_MARKERS = wordList(
  'the of and to that for it with as she by at from his they be have are were this which who would said says been ' +
    'their than its or not but what there about could after when them into more other just can told',
);

export interface LanguageWords {
  /** The BCP 47 tag the model gives the paragraph. */
  tag: string;
  /** The language's name in a message. */
  name: string;
  words: ReadonlySet<string>;
}

export const LANGUAGE_WORDS: readonly LanguageWords[] = [
  {
    tag: 'es',
    name: 'Spanish',
    words: wordList(
      'el los las que y por para una es su sus lo como más pero ya este esta porque cuando muy sobre también hasta ' +
        'donde desde todo nos durante todos les ni contra otros ese eso ellos esto antes algunos qué unos otro otras ' +
        'otra él esa estos mucho quienes nada muchos cual poco ella estar estas algunas nosotros dijo según fue ser ' +
        'está han había pueden puede aunque entre sino',
    ),
  },
  {
    tag: 'fr',
    name: 'French',
    words: wordList(
      'les des est une dans qui pas sur avec sont ont été cette mais ou où aux ces leur leurs nous vous ils elles il ' +
        'elle lui je ne se sa ses ça très être avoir comme tous aussi était selon même entre après contre que ' +
        'déclaré depuis quand sera peut',
    ),
  },
  {
    tag: 'de',
    name: 'German',
    words: wordList(
      'und ist nicht sich mit dem ein eine einen einem einer auf für aus wie oder aber noch nur dass über vor schon ' +
        'sagte sind mehr kann diese dieser diesem wenn wird werden haben bei nach ich wir sie es zum zur auch durch ' +
        'gegen ihre seine sein werde wurde wurden worden soll sollen muss bevor weil damit dann denn doch hatte unter',
    ),
  },
  {
    tag: 'pt',
    name: 'Portuguese',
    words: wordList(
      'não uma para por mais como mas foi ao pelo pela são seu sua seus suas também já ou quando muito nos há ele ' +
        'ela isso este esta essa esse pode disse segundo sobre entre até depois sem ser está estão foram tem têm que ' +
        'os na numa',
    ),
  },
  {
    tag: 'it',
    name: 'Italian',
    words: wordList(
      'il che una sono della delle degli dei nel nella anche come più gli questo questa quello sul sulla dal dalla ' +
        'alla tra se ci essere stato stata dopo ancora molto già loro perché quando detto secondo hanno è sua suo',
    ),
  },
  {
    tag: 'nl',
    name: 'Dutch',
    words: wordList(
      'het een dat niet zijn voor aan maar ook als bij nog naar wel kan uit heeft hebben werd wordt deze dit zou ' +
        'haar hij wij wat zei volgens worden hun onze',
    ),
  },
];

/** A writing system other than the Latin alphabet, and the language tag a paragraph written in it gets. */
export interface ScriptLetters {
  tag: string;
  /** How a message names what the paragraph is written in. */
  name: string;
  /** One letter of the script (segments/language.ts counts them with a global copy). */
  letter: RegExp;
}

/**
 * Scripts whose letters make a paragraph not English. Kana and Hangul name their language; Han alone is read as
 * Chinese (a Japanese paragraph almost always has kana); the others name only the script, which serves several
 * languages.
 */
export const SCRIPT_LETTERS: readonly ScriptLetters[] = [
  { tag: 'ja', name: 'Japanese', letter: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { tag: 'ko', name: 'Korean', letter: /\p{Script=Hangul}/u },
  { tag: 'zh', name: 'Chinese', letter: /\p{Script=Han}/u },
  { tag: 'und-Cyrl', name: 'Cyrillic script', letter: /\p{Script=Cyrillic}/u },
  { tag: 'el', name: 'Greek', letter: /\p{Script=Greek}/u },
  { tag: 'und-Arab', name: 'Arabic script', letter: /\p{Script=Arabic}/u },
  { tag: 'und-Hebr', name: 'Hebrew script', letter: /\p{Script=Hebrew}/u },
  { tag: 'und-Deva', name: 'Devanagari', letter: /\p{Script=Devanagari}/u },
  { tag: 'th', name: 'Thai', letter: /\p{Script=Thai}/u },
];
