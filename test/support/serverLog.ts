/**
 * What the language servers a test talks to logged of their stage faults: the LSP client notes each message here,
 * and faultGuard.ts fails the running test on any. Its own module, so that a script that only drives a server
 * (lspBench.ts) loads no test hooks and reads claims as the editor does.
 */
import { FAULT_LOG_MARK } from '../../server/src/engine/faults';

let logged: string[] = [];

/** A message a language server logged: a stage fault among them fails the test that is running. */
export function noteServerLog(message: string): void {
  if (message.includes(FAULT_LOG_MARK)) logged.push(message);
}

/** The stage faults logged since the last call, emptied. */
export function takeServerFaults(): string[] {
  const faults = logged;
  logged = [];
  return faults;
}
