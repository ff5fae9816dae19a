// Public API of the PC emulator: a Machine boots a kernel ELF with the
// tcc-lite boot protocol and runs it (see docs/architecture.md, "The board").

export { Machine, TRIPLE_FAULT_STATUS, DEADLOCK_STATUS, LIMIT_STATUS } from './machine.js';
export type { MachineConfig, MachineExit, ExitReason } from './machine.js';
export { BootError, BOOT_INFO_ADDR, CMDLINE_ADDR, BOOT_MAGIC, TSC_KHZ } from './boot.js';
export { parseSystemMap, symbolizerFromSystemMap } from './symbols.js';
export type { Symbolizer } from './report.js';
export { warmUpEmulator } from './warm-up.js';
