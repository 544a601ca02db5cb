import { readFileSync } from 'node:fs';
import wabt from 'wabt';

/** kernel.wat, read from the sources (the compiled build has no copy of it). */
export const KERNEL_SOURCE = new URL('../../../../src/stages/parse/kernel/kernel.wat', import.meta.url);

/** The kernel's WebAssembly binary, assembled from kernel.wat. */
export async function assembleKernel(): Promise<Uint8Array> {
  const module = (await wabt()).parseWat('kernel.wat', readFileSync(KERNEL_SOURCE, 'utf8'));
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
