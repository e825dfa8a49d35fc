/**
 * More cue verbs. The base-form lists get their regular inflections from vocabulary.ts (fume → fumes, fumed,
 * fuming), as a desk's own cue verbs do; the form lists are taken as written. Kept apart from cues.ts, whose
 * lists spell every form out.
 *
 * A cue word stops a source noun phrase, so a verb whose base form is also a common noun ("email", "support",
 * "thanks") is listed by its verb forms only: "the support staff said", "in an email" must still read.
 */

/** Verbs of speech and writing, as base forms: they report what was said whatever follows them. */
export const SPEECH_VERBS = [
  'fume', 'interject', 'clarify', 'reaffirm', 'mention', 'scoff', 'sneer', 'grumble', 'mutter', 'chide', 'scold',
  'imply', 'affirm', 'concur', 'rebut', 'refute', 'posit', 'theorize', 'surmise', 'vouch', 'attest',
  'pronounce', 'convey', 'elaborate', 'characterize', 'portray', 'depict', 'invoke', 'paraphrase', 'summarize',
  'allude', 'confide', 'divulge', 'bemoan', 'decry', 'deplore', 'apologize', 'laud', 'commend', 'congratulate',
  'interrupt', 'emphasise', 'criticise', 'apologise', 'summarise', 'theorise', 'characterise', 'underscore',
  'articulate', 'express', 'encourage',
];

/** Speech and writing, form by form. */
export const SPEECH_FORMS = [
  'emailed', 'e-mailed', 'emailing', 'outlined', 'outlining', 'highlighted', 'highlighting',
  'protested', 'signaled', 'signalled', 'signaling', 'signalling', 'labeled', 'labelled',
  'nicknamed', 'forecasted', 'railed against', 'rails against', 'railing against', 'hinted', 'hinting',
  'disputed', 'disputing', 'griped', 'murmured', 'retweeted', 'relayed', 'rebuked', 'reprimanded', 'repeated',
  'repeating', 'repeats', 'texted', 'spelled out', 'spells out', 'laid out', 'lays out', 'laying out',
  'went on to say', 'put it', 'puts it', 'barked', 'snapped', 'shot back', 'fired back',
  'talked about', 'talks about', 'talking about', 'talk about', 'made clear', 'makes clear', 'made it clear',
  'makes it clear', 'requested', 'blasts',
];

/** Verbs of belief and intention, as base forms: a cue only with a clause or an infinitive after them. */
export const THOUGHT_VERBS = [
  'decline', 'learn', 'recognize', 'recognise', 'remember', 'anticipate', 'envision', 'reckon', 'presume', 'fret',
  'yearn', 'aspire', 'pray',
];

/** Belief and intention, form by form. */
export const THOUGHT_FORMS = ['wished', 'regretted', 'regrets'];

/**
 * Verbs of stance, as base forms: "endorsed Whitfield", "denounced the plan" report a position with a noun
 * phrase as its content, as PolNeAR annotates them.
 */
export const STANCE_VERBS = [
  'endorse', 'oppose', 'defend', 'reject', 'dismiss', 'denounce', 'condemn', 'applaud', 'deride', 'ridicule',
  'lambaste', 'excoriate', 'assail', 'chastise', 'castigate', 'berate', 'disparage', 'belittle', 'downplay',
  'embrace', 'rebuff', 'repudiate', 'disavow',
];

/** Stance, form by form. */
export const STANCE_FORMS = [
  'supported', 'supporting', 'supports', 'backed', 'backing', 'backs', 'attacked', 'attacking', 'favored',
  'favoured', 'favoring', 'favors', 'referred to', 'refers to', 'referring to', 'refer to',
  'referenced', 'referencing', 'took aim at', 'takes aim at', 'taking aim at', 'lashed out at', 'lashes out at',
  'lashing out at', 'went after', 'goes after', 'credited', 'crediting', 'spoke out against',
  'speaks out against', 'stood by', 'knocked', 'hammered', 'pilloried', 'shrugged off', 'brushed off',
  'brushed aside', 'weighed in on', 'called for', 'calls for', 'calling for', 'pointed to', 'points to',
  'pointing to', 'thanked', 'thanking', 'blasted', 'blasting', 'slammed', 'slams', 'slamming', 'mocked',
  'mocking', 'mocks', 'welcomed', 'welcomes', 'championed', 'advocated', 'advocating', 'hailed', 'hailing',
  'challenged', 'focused on', 'focuses on', 'focusing on', 'focussed on',
];
