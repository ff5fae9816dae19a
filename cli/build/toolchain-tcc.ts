/**
 * tcc-lite's own toolchain, all in this process: cpp → cc → as for each source, then our
 * linker and archiver, with the build cache in front (build-cache.ts).
 */
import { preprocess } from '../../compiler/cpp/index.js';
import { writeArchive } from '../../compiler/link/archive.js';
import { BuildCache, digestOf, hashOf, TCC_LITE_VERSION } from './build-cache.js';
import type { SourceOptions } from './phases.js';
import type { CompileJob, LinkJob, LinkOutput, ObjectFile, Toolchain } from './toolchain.js';

export { TCC_LITE_VERSION } from './build-cache.js';

function sourceOptions(job: CompileJob): SourceOptions {
  return {
    // Freestanding as the gcc toolchain's -ffreestanding: __STDC_HOSTED__ is 0.
    preprocess: { includePaths: job.includePaths, systemIncludePaths: [], defines: job.defines, undefines: [], forceIncludes: job.forceIncludes, hosted: false },
    codeModel: job.codeModel,
    debug: job.debug,
    optimize: 0,
    warnings: false,
    // The kernel and the userland are built freestanding, as the gcc toolchain's -fno-builtin.
    builtins: false,
  };
}

export class TccLiteToolchain implements Toolchain {
  readonly name = 'tcc-lite';
  readonly description = `tcc-lite version ${TCC_LITE_VERSION} (TypeScript C compiler)`;
  private readonly cache?: BuildCache;

  constructor(cacheDir?: string) {
    if (cacheDir) this.cache = new BuildCache(cacheDir);
  }

  async compile(job: CompileJob, announce?: () => void): Promise<Uint8Array> {
    const o = sourceOptions(job);
    const jobKey = hashOf(JSON.stringify(job));
    const stamped = this.cache?.fromStamp(jobKey);
    if (stamped) return stamped;
    announce?.();
    const pp = preprocess(job.source, { ...o.preprocess, assembly: job.kind === 'asm' });
    const objectKey = hashOf(job.kind, job.codeModel, String(job.debug), job.source, pp.text);
    let object = this.cache?.object(objectKey);
    if (!object) {
      // The C compiler is loaded only when something has to be compiled.
      const { assembleTranslated, translateToChunks } = await import('./phases.js');
      object = assembleTranslated(job.source, job.kind, translateToChunks(job.source, job.kind, pp, o));
      this.cache?.storeObject(objectKey, object);
    }
    this.cache?.stamp(jobKey, pp.dependencies, objectKey);
    return object;
  }

  async archive(members: ObjectFile[]): Promise<Uint8Array> {
    return writeArchive(members);
  }

  async link(job: LinkJob): Promise<LinkOutput> {
    const key = hashOf(job.script ?? '', job.entry ?? '', String(job.sourceMap ?? false), ...job.inputs.flatMap((i) => [i.name, digestOf(i.data)]));
    const elf = this.cache?.get('links', `${key}.elf`);
    const meta = this.cache?.get('links', `${key}.json`);
    if (elf && meta) return { elf, ...(JSON.parse(meta.toString('utf8')) as { systemMap: string; sourceMap?: string }) };
    const { link } = await import('../../compiler/link/index.js');
    const result = link(job.inputs, { script: job.script, scriptName: job.scriptName, entry: job.entry, sourceMap: job.sourceMap });
    this.cache?.put('links', `${key}.elf`, result.elf);
    this.cache?.put('links', `${key}.json`, JSON.stringify({ systemMap: result.systemMap, sourceMap: result.sourceMap }));
    return { elf: result.elf, systemMap: result.systemMap, sourceMap: result.sourceMap };
  }
}
