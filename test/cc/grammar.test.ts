/**
 * The production parser skips chevrotain's grammar validation to start faster; this
 * test builds one with validation on, so ambiguities and mistakes are still caught.
 */
import { describe, expect, it } from 'vitest';
import { CParser } from '../../compiler/cc/parser-stmt.js';

describe('chevrotain grammar', () => {
  it('passes self-analysis with validations', () => {
    expect(() => new CParser(true)).not.toThrow();
  });
});
