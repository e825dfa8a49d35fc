/**
 * A rule verdict whose flag a reading after the sourcing tests lets go: a forecast in an argument piece
 * (argumentPiece.ts), an explanation that concludes a credited sentence (concludedExplanation.ts). One way to do
 * it, so every such reading keeps a sourcing test's own reason when there was one.
 */
import type { ClaimSourcing, RuleVerdict } from './claimJudge';

/** The verdict with no flag, let go as `sourcing` unless a sourcing test had already said why. */
export const quieted = (verdict: RuleVerdict, sourcing: ClaimSourcing): RuleVerdict => ({ ...verdict, sourcing: verdict.sourcing ?? sourcing, flag: null });
