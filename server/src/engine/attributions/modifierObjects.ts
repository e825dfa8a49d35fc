/**
 * A stance participle that modifies the noun phrase opening its sentence ("A group backing Quell bought airtime"):
 * what follows the participle runs on into the sentence's predicate, so only the names it takes are its object.
 */
import type { Span } from '../model';
import type { Cue } from './cues';
import { classify } from './contents';
import type { Found, UnitContext } from './readingUnits';
import { isBlank, isCapitalised, tidy, tokensIn } from './words';

/** How far the object of an opening modifier may run, in characters. */
const MAX_OBJECT = 160;

/**
 * "Crews backing Quell and Osei have marched", "A group backing Quell, the Harbour Trust, ran ads": the names after
 * the participle are its object, up to the predicate (a lower-case word) or a comma that ends the list; "A group
 * backing Osei’s bid for mayor, Tarrow First, led": after a possessive the object runs to the comma. Null when no
 * name follows the participle.
 */
export function modifierObject(ctx: UnitContext, source: Span, cue: Cue, cueSpan: Span): Found | null {
  const { text, unit } = ctx;
  const limit = Math.min(unit.end, cue.end + MAX_OBJECT);
  const tokens = tokensIn(text, cue.end, limit);
  let end = -1;
  let listed = -1; // where the names ran to before a comma that only an "and" later shows to be a list's
  for (const [i, t] of tokens.entries()) {
    const gap = text.slice(i === 0 ? cue.end : tokens[i - 1]!.end, t.start);
    if (!/^[ \u00a0]*,?[ \u00a0]+$/.test(gap)) break;
    if (gap.includes(',')) {
      if (!isCapitalised(t)) break;
      if (listed < 0) listed = end;
    }
    if (t.lower === 'and' && end >= 0) continue;
    if (!isCapitalised(t)) break;
    end = t.end;
    if (/[’']s$/.test(t.text)) break;
  }
  if (end < 0) return null;
  const list = listed >= 0 && /\band\b/.test(text.slice(listed, end));
  if (listed >= 0 && !list) end = listed;
  // "backing Osei’s bid for mayor, …": the possessed noun runs to the comma
  if (/[’']s$/.test(text.slice(cue.end, end))) {
    const comma = text.indexOf(',', end);
    if (comma < 0 || comma > limit) return null;
    end = comma;
  }
  if (isBlank(text, cue.end, end)) return null;
  const content = tidy(text, cue.end, end);
  return { ...classify(ctx, content, false), source, cue: cueSpan, content };
}
