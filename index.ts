/**
 * tcc-lite's library API: the same steps as the CLI, as typed functions, so tests and
 * other tools can drive them without a shell.
 *
 *   compile:  preprocess → compileC → assemble → link
 *   kernel:   build (kernel-src + userland → vmlinux, System.map, initramfs.cpio)
 *   machine:  Machine (the emulated PC) or runMachine (boot with a command, capture output)
 */
export { CompileError, formatDiagnostic, type Diagnostic, type SourceLocation } from './compiler/diagnostics.js';
export { preprocess } from './compiler/cpp/index.js';
export { compileC } from './compiler/cc/index.js';
export { assemble, assembleChunks, type AssemblyChunk } from './compiler/asm/index.js';
export { link } from './compiler/link/index.js';
export { writeArchive } from './compiler/link/archive.js';
export { Machine, type MachineConfig, type MachineExit } from './emulator/index.js';
export { build, type BuildOptions, type BuildResult } from './cli/commands/build.js';
export { runMachine, commandLine, type RunOptions } from './cli/commands/run.js';
export { cc } from './cli/commands/cc.js';
export { writeCpio, readCpio, type CpioEntry } from './cli/build/cpio.js';
export { SymbolTable } from './cli/symbols.js';
