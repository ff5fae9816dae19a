// The PC: CPU + RAM + devices, the execution loop, and the run/exit policy.

import { Cpu, GuestFault, IF, TF } from './cpu/cpu.js';
import { Block, BlockCache, HOT_THRESHOLD, INLINE_THRESHOLD, interpretBlock } from './cpu/blocks.js';
import { deliver, raiseException } from './cpu/interrupts.js';
import { PhysicalMemory } from './memory.js';
import { bootKernel } from './boot.js';
import { PicPair } from './devices/pic.js';
import { Pit } from './devices/pit.js';
import { Uart } from './devices/uart.js';
import { DETERMINISTIC_EPOCH_MS, Rtc } from './devices/rtc.js';
import { PortBus } from './devices/bus.js';
import { describeAddress, dumpRegisters, Symbolizer } from './report.js';

export interface MachineConfig {
  /** Guest RAM in bytes; default 256 MiB. */
  memoryBytes?: number;
  /** ELF64 kernel, loaded by PT_LOAD p_paddr. */
  kernel: Uint8Array;
  initrd?: Uint8Array;
  cmdline?: string;
  onConsoleOutput: (bytes: Uint8Array) => void;
  /** Used in fault dumps and traces. */
  symbolize?: Symbolizer;
  /** 'virtual' (default, deterministic) or 'host' (time never runs behind the host clock). */
  clock?: 'virtual' | 'host';
  /** Keep a ring of the last N executed RIPs and print it in crash reports (debugging aid; slower). */
  traceSize?: number;
  /** Executions before a block is compiled to JavaScript (default 1000); 0 = interpret only. */
  compileThreshold?: number;
  /**
   * Executions before a compiled block is compiled again with memory and stack
   * instructions inline (default 2000; see cpu/blocks.ts). At or below compileThreshold,
   * blocks are compiled with them inline at once (tests set both to 1).
   */
  inlineThreshold?: number;
  /** Report unimplemented opcodes (once each) through this callback. */
  onWarning?: (message: string) => void;
}

export type ExitReason = 'poweroff' | 'triple-fault' | 'instruction-limit' | 'deadlock';

export interface MachineExit {
  reason: ExitReason;
  exitCode: number;
  instructions: number;
  report?: string;
}

export const TRIPLE_FAULT_STATUS = 125;
export const DEADLOCK_STATUS = 126;
export const LIMIT_STATUS = 124;

const DEFAULT_MEMORY = 256 * 1024 * 1024;
/** Instructions between checks of the host clock in run(). */
const SLICE = 200_000;
/** The single-step trap: #DB, and DR6 as it reads after one (reserved bits set, BS). */
const DEBUG_VECTOR = 1;
const DR6_FIXED = 0xffff0ff0;
const DR6_BS = 0x4000;
/** How long run() computes before yielding to the event loop. */
const YIELD_MS = 8;

/**
 * Why a slice stopped: its instruction budget ran out, the machine ended, the CPU is
 * halted with nothing that can wake it but input ('idle'), or — with the host clock —
 * halted until a timer event that lies in the host's future ('wait').
 */
type SliceEnd = 'limit' | 'exit' | 'idle' | 'wait';

export class Machine {
  private readonly mem: PhysicalMemory;
  private readonly cpu: Cpu;
  private readonly blocks: BlockCache;
  private readonly pic = new PicPair();
  private readonly pit: Pit;
  private readonly uart: Uart;
  private readonly config: MachineConfig;
  private exit: MachineExit | null = null;
  private readonly trace: Float64Array | null;
  private traceNext = 0;
  private inputClosed = false;
  private wakeUp: (() => void) | null = null;
  private readonly hostStart = performance.now();
  /** Executions before a block is compiled to a JavaScript function; 0 = never. */
  private readonly compileThreshold: number;
  private readonly inlineThreshold: number;

  constructor(config: MachineConfig) {
    this.config = config;
    this.compileThreshold = config.compileThreshold ?? HOT_THRESHOLD;
    this.inlineThreshold = config.inlineThreshold ?? INLINE_THRESHOLD;
    this.mem = new PhysicalMemory(config.memoryBytes ?? DEFAULT_MEMORY);
    const now = (): number => this.cpu.time;
    this.pit = new Pit(now, () => this.pic.raise(0));
    this.uart = new Uart(() => this.pic.raise(4), config.onConsoleOutput);
    const rtc = new Rtc(() => this.wallClockMs());
    const bus = new PortBus(this.pic, this.pit, this.uart, rtc, (status) => this.powerOff(status));
    this.cpu = new Cpu(this.mem, bus);
    if (config.onWarning) this.cpu.warn = config.onWarning;
    this.blocks = new BlockCache(this.cpu);
    this.trace = config.traceSize && config.traceSize > 0 ? new Float64Array(config.traceSize).fill(NaN) : null;
    bootKernel(this.cpu, this.mem, { kernel: config.kernel, initrd: config.initrd, cmdline: config.cmdline });
  }

  /** Queues bytes for the UART receiver (the guest sees them as console input). */
  sendConsoleInput(bytes: Uint8Array): void {
    this.uart.receive(bytes);
    this.wake();
  }

  /**
   * No more console input will come: the UART reports a hang-up (carrier lost) and an
   * idle guest with no timer to wake it counts as deadlocked.
   */
  closeConsoleInput(): void {
    this.inputClosed = true;
    this.uart.hangup();
    this.wake();
  }

  /** Runs without yielding; an idle guest waiting for input is a deadlock. */
  runSync(options: { maxInstructions?: number } = {}): MachineExit {
    const limit = options.maxInstructions ?? Infinity;
    for (;;) {
      const end = this.slice(Math.min(limit, this.cpu.icount + SLICE * 10));
      this.uart.flush();
      if (end === 'exit') return this.exit!;
      if (end === 'idle') return this.finish('deadlock', DEADLOCK_STATUS, 'halted, and no unmasked timer or pending input interrupt can wake the CPU');
      if (this.cpu.icount >= limit) return this.finish('instruction-limit', LIMIT_STATUS);
    }
  }

  /** Runs in slices, yielding to the event loop so console input can arrive. */
  async run(options: { maxInstructions?: number } = {}): Promise<MachineExit> {
    const limit = options.maxInstructions ?? Infinity;
    for (;;) {
      const started = performance.now();
      let end: SliceEnd = 'limit';
      while (performance.now() - started < YIELD_MS) {
        end = this.slice(Math.min(limit, this.cpu.icount + SLICE));
        if (end !== 'limit' || this.cpu.icount >= limit) break;
      }
      this.uart.flush();
      if (end === 'exit') return this.exit!;
      if (this.cpu.icount >= limit) return this.finish('instruction-limit', LIMIT_STATUS);
      if (end === 'idle') {
        if (this.inputClosed && !this.uart.hasInput()) {
          return this.finish('deadlock', DEADLOCK_STATUS, 'halted, no unmasked timer interrupt can wake the CPU, and console input is closed');
        }
        await new Promise<void>((resolve) => { this.wakeUp = resolve; });
        this.wakeUp = null;
      } else if (end === 'wait') {
        // Sleep until the next timer event is due on the host, or input arrives.
        const ms = Math.max(0, (this.pit.nextEventTime() - this.hostNanos()) / 1e6);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          this.wakeUp = () => { clearTimeout(timer); resolve(); };
        });
        this.wakeUp = null;
      } else {
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }

  private wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }

  /** Nanoseconds of host time since the machine was made. */
  private hostNanos(): number {
    return (performance.now() - this.hostStart) * 1e6;
  }

  private wallClockMs(): number {
    if (this.config.clock === 'host') return Date.now();
    return DETERMINISTIC_EPOCH_MS + Math.floor(this.cpu.time / 1e6);
  }

  private powerOff(status: number): void {
    this.finish('poweroff', status);
    this.cpu.stopBlock = true;
  }

  private finish(reason: MachineExit['reason'], exitCode: number, why?: string): MachineExit {
    if (this.exit) return this.exit;
    let report: string | undefined;
    if (reason !== 'poweroff') {
      const header = reason === 'triple-fault' ? 'Triple fault: the CPU shut down.' :
        reason === 'deadlock' ? `Deadlock: ${why ?? 'the CPU can never run again'}.` :
          'Instruction limit reached.';
      report = [header, dumpRegisters(this.cpu, this.config.symbolize), this.traceText()].filter(Boolean).join('\n');
    }
    this.exit = { reason, exitCode, instructions: this.cpu.icount, report };
    return this.exit;
  }

  private traceText(): string {
    const trace = this.trace;
    if (!trace) return '';
    const lines = [`Last ${trace.length} instructions (oldest first):`];
    for (let i = 0; i < trace.length; i++) {
      const rip = trace[(this.traceNext + i) % trace.length];
      if (!Number.isNaN(rip)) lines.push('  ' + describeAddress(rip, this.config.symbolize));
    }
    return lines.join('\n');
  }

  /** Executes until the retired-instruction count reaches `until`, an exit, or an idle halt. */
  private slice(until: number): SliceEnd {
    const cpu = this.cpu;
    if (this.config.clock === 'host') {
      const host = this.hostNanos();
      if (host > cpu.time) cpu.idleTime += host - cpu.time;
    }
    while (cpu.icount < until) {
      if (this.exit) return 'exit';
      const now = cpu.time;
      const nextEvent = this.pit.nextEventTime();
      if (now >= nextEvent) this.pit.update(now);
      // After STI/MOV SS the next instruction runs before any interrupt: run a
      // single block, then come back here to look again.
      const shadow = cpu.interruptShadow;
      if (shadow) cpu.interruptShadow = false;
      else if ((cpu.rflags & IF) !== 0 && this.pic.hasInterrupt()) this.externalInterrupt();
      if (cpu.halted) {
        if ((cpu.rflags & IF) === 0) {
          this.finish('deadlock', DEADLOCK_STATUS, 'hlt with interrupts disabled');
          return 'exit';
        }
        // Skip ahead to the next timer edge, unless it could never wake the CPU. With
        // the host clock, never past the host's present: an idle guest then sleeps
        // instead of racing through virtual time at 100% CPU.
        const next = this.pic.isMasked(0) ? Infinity : this.pit.nextEventTime();
        if (next === Infinity) return 'idle';
        if (this.config.clock === 'host' && next > this.hostNanos()) return 'wait';
        cpu.idleTime += Math.max(0, next - cpu.time);
        continue;
      }
      // Run blocks back to back until something needs the machine's attention:
      // a system instruction, a fault, the next timer event or the slice end.
      const timerBudget = this.pit.nextEventTime() - cpu.time;
      const stopAt = shadow ? cpu.icount + 1 : Math.min(until, cpu.icount + Math.max(1, timerBudget));
      if ((cpu.rflags & TF) !== 0) this.singleStep();
      else if (this.trace) this.runTraced(stopAt);
      else this.run_(stopAt);
    }
    return this.exit ? 'exit' : 'limit';
  }

  private externalInterrupt(): void {
    const vector = this.pic.acknowledge();
    if (vector < 0) return;
    const cpu = this.cpu;
    cpu.halted = false;
    try {
      deliver(cpu, vector, -1, 2);
    } catch (e) {
      this.fault(e);
    }
  }

  /** The hot loop: executes chained blocks until stopAt or an exit condition. */
  private run_(stopAt: number): void {
    const cpu = this.cpu;
    const blocks = this.blocks;
    let block: Block;
    try {
      block = blocks.lookup(cpu.rip);
    } catch (e) {
      this.fault(e);
      return;
    }
    const threshold = this.compileThreshold;
    const inlineThreshold = this.inlineThreshold;
    for (;;) {
      // One catch for the interpreter and compiled code: a fault is handled the same way
      // whichever ran the block, so V8 optimizes this loop once instead of again each
      // time a path it had not yet seen (the first fault, the first compiled block) runs.
      const compiled = threshold > 0 ? blocks.warm(block, threshold, inlineThreshold) : null;
      try {
        if (compiled === null) cpu.icount += interpretBlock(cpu, block);
        else {
          const retired = compiled(cpu, stopAt - cpu.icount);
          cpu.icount += retired;
          if (!block.inlined) block.retired += retired;
        }
      } catch (e) {
        cpu.icount += cpu.retiredInBlock;
        cpu.stopBlock = false;
        this.fault(e);
        return;
      }
      if (cpu.stopBlock) { cpu.stopBlock = false; return; }
      if (block.exits || cpu.icount >= stopAt) return;
      try {
        block = blocks.next(block, cpu.rip);
      } catch (e) {
        this.fault(e);
        return;
      }
    }
  }

  /** Same as run_ (interpreted only), recording every executed RIP in the trace ring. */
  private runTraced(stopAt: number): void {
    const cpu = this.cpu;
    const trace = this.trace!;
    let block: Block;
    try {
      block = this.blocks.lookup(cpu.rip);
    } catch (e) {
      this.fault(e);
      return;
    }
    for (;;) {
      let i = 0;
      const start = cpu.rip;
      try {
        for (const ins of block.insns) {
          i++;
          trace[this.traceNext] = cpu.rip;
          this.traceNext = this.traceNext + 1 === trace.length ? 0 : this.traceNext + 1;
          cpu.nextRip = cpu.rip + ins.len;
          ins.exec(cpu, ins);
          cpu.rip = cpu.nextRip;
          if (cpu.stopBlock || (ins.endsBlock && block.leftAt(i, start, cpu.rip))) break;
        }
      } catch (e) {
        cpu.icount += i - 1;
        cpu.stopBlock = false;
        this.fault(e);
        return;
      }
      cpu.icount += i;
      if (cpu.stopBlock) { cpu.stopBlock = false; return; }
      if (block.exits || cpu.icount >= stopAt) return;
      try {
        block = this.blocks.next(block, cpu.rip);
      } catch (e) {
        this.fault(e);
        return;
      }
    }
  }

  /**
   * RFLAGS.TF set: one instruction, then the single-step trap (#DB with DR6.BS), as
   * the CPU raises it after every instruction that began with TF set; the saved RIP is
   * the next instruction's. Blocks are left alone: this path is taken only while TF
   * is set (POPF and IRET stop a block when they set it). An instruction that faults,
   * or that changes privilege level (SYSCALL, INT n, IRET to user mode), takes no trap
   * here; the kernel reports a stepped system call itself, as Linux does.
   */
  private singleStep(): void {
    const cpu = this.cpu;
    const cpl = cpu.cpl;
    try {
      const ins = this.blocks.lookup(cpu.rip).insns[0];
      cpu.nextRip = cpu.rip + ins.len;
      ins.exec(cpu, ins);
      cpu.rip = cpu.nextRip;
    } catch (e) {
      cpu.stopBlock = false;
      this.fault(e);
      return;
    }
    cpu.icount++;
    cpu.stopBlock = false;
    if (cpu.cpl !== cpl) return;
    cpu.dr[6] = DR6_FIXED | DR6_BS;
    this.fault(new GuestFault(DEBUG_VECTOR));
  }

  /** Delivers a guest exception, or ends the run on a triple fault. */
  private fault(e: unknown): void {
    if (!(e instanceof GuestFault)) {
      const where = describeAddress(this.cpu.rip, this.config.symbolize);
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`internal emulator error at RIP ${where}: ${message}`, { cause: e });
    }
    if (!raiseException(this.cpu, e)) this.finish('triple-fault', TRIPLE_FAULT_STATUS);
  }
}
