/**
 * The words of the page around a story: labels a desk puts on a headline, credits and bylines, caption credits,
 * and the short words a Title Case headline leaves in lower case.
 */

/**
 * Labels a desk puts before a headline's colon; they name no source ("UPDATE: …", "Watch: …", "Race Update: …",
 * "Paid Notice: …", "Just Leaked: …"): a rubric, a paid slot, or a teaser for what follows.
 */
export const HEADLINE_LABELS =
  /^(?:(?:[a-z-]+ )?updated?|watch|exclusive|breaking(?: news)?|live|just (?:leaked|released|announced)|leaked|developing(?: story)?|bombshell|news alert|alert|paid (?:notice|post|content)|sponsored(?: content)?|must (?:see|watch|read)|the latest|wow|boom|revealed|just in|opinion|analysis|editorial|video|photos?|photograph|image|picture|credit|listen|explainer|fact check|factbox|timeline|q&a|read|full text|transcript|correction|day \d+|part \d+)$/i;

/** How a credit line opens: "Additional reporting by …", "Contributing: …", "Follow … on Twitter". */
const CREDIT_OPENING =
  /^(?:\(?(?:additional |with )?(?:reporting|writing|editing|research) by\b|contributing:|contributors?:|compiled by\b|©|copyright\b|follow [^\n]{1,60} on (?:twitter|x|instagram|facebook|threads|bluesky)\b)/i;

/** How a credit line ends: "… contributed to this report." */
const CREDIT_ENDING = /(?:contributed|contributed reporting) (?:to )?(?:this )?(?:report|story|article)\.?\)?$/i;

/** The longest text CREDIT_ENDING matches. */
const CREDIT_ENDING_LENGTH = 'contributed reporting to this article.)'.length;

/**
 * Whether a line is a credit, by how it opens or ends. The ending is looked for in the line's last characters
 * only: tried from every position of every paragraph, it cost 0.4% of an analysis.
 */
export const isCreditLine = (text: string): boolean => CREDIT_OPENING.test(text) || CREDIT_ENDING.test(text.slice(-CREDIT_ENDING_LENGTH));

/** The buttons of a comment or share widget. */
const WIDGET_BUTTON = '(?:Flag|Share|Like|Reply|Report|Tweet|Email|Comment|Print)';

/**
 * Two or more buttons glued together, as a scrape of a comment or share widget leaves them ("FlagShareLikeReply",
 * even stuck to the names around them): prose never writes two capitalised verbs without a space, and the last
 * may not go on in lower case ("ShareLikes" is no button).
 */
const GLUED_BUTTONS = new RegExp(`${WIDGET_BUTTON}{2,}(?!\\p{Ll})`, 'u');

/**
 * A whole line of a widget's words: its buttons spaced or dotted ("Reply · Share · Flag"), its count ("12
 * Comments", "Comments (12)") or its prompt ("Sign in to comment"). Whole lines only, so that a sentence about
 * likes and shares is never furniture.
 */
const WIDGET_LINE = new RegExp(
  `^(?:${WIDGET_BUTTON}(?:[\\s·•|/-]+|$)){2,}$|` +
    '^(?:\\d[\\d,.]*k? (?:comments?|replies|likes|shares)|comments? \\(\\d[\\d,]*\\)|(?:sign|log) in to (?:comment|reply)\\.?)$',
  'iu',
);

/** The longest line WIDGET_LINE is tried on: its lines are a few words. */
const WIDGET_LINE_LENGTH = 60;

/**
 * A lower-case letter right before a capital, which glued buttons hold: a cheap screen, since GLUED_BUTTONS tried
 * on every line of an article cost some 8% of its segmentation.
 */
const CASE_TURN = /[a-z][A-Z]/;

/** Whether a line is the chrome of a comment or share widget stuck to the story: it carries no reporting. */
export const isWidgetLine = (text: string): boolean =>
  (text.length <= WIDGET_LINE_LENGTH && WIDGET_LINE.test(text)) || (CASE_TURN.test(text) && GLUED_BUTTONS.test(text));

/** Photo credits that end a caption: "(Photo: …)", "Credit: …", "Getty Images", "AP Photo/…". */
export const CAPTION_END =
  /(?:\((?:photo|photograph|image|picture|credit|pictured)[^()]{0,120}\)|(?:photo|photograph|image|credit):[^\n]{0,120}|getty images|ap photo[^\n]{0,60}|via reuters|\/reuters|\/afp|\/ap)[ \u00A0.]*$/i;

/**
 * A labelled caption ending ("Photo: …") that credits someone rather than describing the picture: a name with
 * its outlet after a slash, an agency, or "for" an outlet ("PHOTO: Mayor Quell at the pier" describes).
 */
export const LABELLED_CREDIT = /^(?:photo|photograph|image|credit):(?=[^\n]*(?:\/|\bgetty\b|\breuters\b|\bap\b|\bafp\b|\bimages\b|\bfor\s))/i;
/** The label that opens such an ending, whether it credits or describes. */
export const CAPTION_LABEL = /^(?:photo|photograph|image|credit):/i;

/**
 * Short words a title or a Title Case headline leaves in lower case ("Off With Their Heads", "Bridge of Sighs").
 * Read only through text/titleCase.ts, whose one word test every reader of title style shares.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as',
  'vs', 'via', 'into', 'onto', 'up', 'off', 'over', 'per', 'is', 'if', 'de', 'la', 'del', 'von', 'van', 'bin', 'al',
]);
