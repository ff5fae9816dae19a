/**
 * The instruction table now lives in the neutral top-level `x86/` folder so that the
 * emulator's decoder can read the same forms without importing the compiler
 * (docs/architecture.md). This module keeps the assembler's imports working.
 */
export * from '../../x86/table.js';
