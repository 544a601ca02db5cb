import { writeFileSync } from 'node:fs';
import { assembleKernel } from './assemble.js';

/** `npm run kernel:build`: assembles kernel.wat into binary.ts, which the parse stage loads (no assembler at run time). */
const bytes = await assembleKernel();
const base64 = Buffer.from(bytes).toString('base64');
const lines = base64.match(/.{1,100}/g) ?? [];
writeFileSync(
  new URL('../../../../src/stages/parse/kernel/binary.ts', import.meta.url),
  `/** kernel.wat assembled by \`npm run kernel:build\` (${bytes.length} bytes, base64); do not edit. */\nexport const KERNEL_BASE64 =\n${lines.map((l) => `  '${l}'`).join(' +\n')};\n`,
);
console.log(`kernel.wat → binary.ts (${bytes.length} bytes)`);
