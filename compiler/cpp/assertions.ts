/**
 * GNU assertions, the deprecated `#if #cpu(x86_64)` tests: a predicate with an answer is
 * true when that answer is asserted, a bare predicate when it has any answer. These are
 * the answers gcc 12 asserts on x86-64 Linux; `#assert` / `#unassert` are not supported.
 */
const ANSWERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cpu', ['x86_64']],
  ['machine', ['x86_64']],
  ['system', ['linux', 'unix', 'posix']],
]);

/** Whether `#predicate(answer)` (or `#predicate` when answer is undefined) holds. */
export function isAsserted(predicate: string, answer: string | undefined): boolean {
  const answers = ANSWERS.get(predicate) ?? [];
  return answer === undefined ? answers.length > 0 : answers.includes(answer);
}
