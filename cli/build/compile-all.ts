/**
 * Compiles a list of sources, a few at a time when the toolchain runs child processes,
 * printing a kbuild line for each object really compiled (not served from the build
 * cache) and keeping the link order of the list.
 */
import type { BuildLog } from './log.js';
import type { CompileJob, ObjectFile, Toolchain } from './toolchain.js';
import { writeFileIfChanged } from './write-if-changed.js';

export interface CompileTask {
  /** The object's name in kbuild lines and link errors, e.g. `kernel/sys.o`. */
  display: string;
  /** Where the object is written, for people who want to inspect it. */
  objectPath: string;
  job: CompileJob;
}

export async function compileAll(tasks: CompileTask[], toolchain: Toolchain, log: BuildLog): Promise<ObjectFile[]> {
  // Host tools run as processes, so two cores keep two of them busy; our own compiler runs
  // in this thread, where concurrency would only interleave.
  const width = toolchain.name === 'gcc' ? 3 : 1;
  const results: ObjectFile[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      const data = await toolchain.compile(task.job, () => log.step(task.job.kind === 'asm' ? 'AS' : 'CC', task.display));
      writeFileIfChanged(task.objectPath, data);
      results[i] = { name: task.display, data };
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
