/**
 * Loaded before any test file (by faultGuard.ts) and by each language server a test spawns (see `LspClient.start`):
 * claims are read by the rules alone, so that no test asserts what a retraining of the learned model changes.
 * claimModel.test.ts tests the model with weights of its own.
 */
import { RULES_ONLY, useClaimModel } from '../../server/src/engine/findings/claimModel';

useClaimModel(RULES_ONLY);
