/** A command-line mistake: reported as one line `tcc-lite: error: ...`, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
