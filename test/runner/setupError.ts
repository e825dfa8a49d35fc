/** A run that could not start (missing package, no bundle, bad argument): the runners print its message without
 *  a stack and exit with 2, which tells it apart from failing tests (1). */
export class SetupError extends Error {}
