/**
 * Two ways to print an article model: the JSON contract other tools depend on, and a report a person reads.
 * Keep the JSON names exactly as they are; add fields freely.
 */
import { isQuotation, type ArticleModel, type Finding, type Span } from '../engine/model';
import { speechOf } from '../engine/actors/speech';

/** 1-based line and column (UTF-16 code units) of each offset; built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

const span = (s: Span) => ({ start: s.start, end: s.end });

/** A claim finding's category and confidence; an engine that states no confidence means high. */
export function claimGrade(finding: Finding): { category: string; confidence: string } | undefined {
  const category = finding.data?.category;
  return category ? { category, confidence: finding.data?.confidence ?? 'high' } : undefined;
}

/** ` [category, medium confidence]` after a claim finding's code; nothing for other findings. */
export function claimLabel(finding: Finding): string {
  const grade = claimGrade(finding);
  return grade ? ` [${grade.category}, ${grade.confidence} confidence]` : '';
}

export interface ArticleJson {
  file: string;
  actors: unknown[];
  attributions: unknown[];
  quotes: unknown[];
  diagnostics: unknown[];
}

export function toJson(file: string, model: ArticleModel): ArticleJson {
  const lines = new LineIndex(model.text);
  return {
    file,
    actors: model.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      roles: a.roles.map((r) => ({ text: r.text, start: r.start, end: r.end, origin: r.origin })),
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, form: m.form })),
    })),
    attributions: model.attributions.map((t) => ({
      kind: t.kind,
      source: t.source && span(t.source),
      cue: t.cue && span(t.cue),
      content: span(t.content),
      actor: t.actor,
      ...(t.quote ? { quote: t.quote } : {}),
    })),
    quotes: model.quotes.map((q) => ({ id: q.id, kind: q.kind, start: q.start, end: q.end })),
    diagnostics: model.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      start: f.start,
      end: f.end,
      ...lines.position(f.start),
      message: f.message,
      ...claimGrade(f),
    })),
  };
}

const oneLine = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The readable report: actors with roles and quote counts, quotes with speakers, findings as file:line:col. */
export function toText(file: string, model: ArticleModel): string {
  const lines = new LineIndex(model.text);
  const names = new Map(model.actors.map((a) => [a.id, a.name]));
  const out: string[] = [file, ''];

  out.push(`Actors (${model.actors.length})`);
  for (const actor of model.actors) {
    const { quotes, paraphrases } = speechOf(model, actor.id);
    const roles = actor.roles.map((r) => `${oneLine(r.text, 60)} (line ${lines.position(r.start).line})`);
    out.push(
      `  ${actor.name} [${actor.kind}]` +
        (roles.length ? ` — ${roles.join('; ')}` : '') +
        ` — ${quotes.length} quoted, ${paraphrases.length} paraphrased`,
    );
  }

  out.push('', `Quotes (${model.quotes.filter((q) => isQuotation(q.kind)).length})`);
  for (const quote of model.quotes) {
    if (quote.kind !== 'direct' && quote.kind !== 'partial') continue;
    const attribution = model.attributions.find((t) => t.quote === quote.id);
    const speaker = attribution?.actor ? names.get(attribution.actor) : undefined;
    const { line } = lines.position(quote.start);
    out.push(`  line ${line}: ${oneLine(model.text.slice(quote.start, quote.end), 70)} — ${speaker ?? 'no speaker'} (${quote.kind})`);
  }

  out.push('', `Findings (${model.findings.length})`);
  for (const finding of model.findings) {
    const { line, column } = lines.position(finding.start);
    out.push(`${file}:${line}:${column}: ${finding.code}${claimLabel(finding)}: ${finding.message}`);
  }
  return out.join('\n') + '\n';
}
