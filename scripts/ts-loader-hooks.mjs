// Module hooks (registered by ts-loader.mjs) that compile each .ts file with esbuild as Node loads
// it. Type-only syntax is stripped file by file, which tsconfig.json's `isolatedModules` and
// `verbatimModuleSyntax` guarantee is enough; imports name their files with `.ts`, so Node's own
// resolution finds them and no resolve hook is needed. tsc still does the type checking.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

// The same compiler options as the dist/ build reads (class fields, module syntax).
const tsconfigRaw = await readFile(new URL('../tsconfig.json', import.meta.url), 'utf8');

/** Node's `load` hook: TypeScript compiled to an ES module with an inline source map; the rest as usual. */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !new URL(url).pathname.endsWith('.ts')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: file,
    tsconfigRaw,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
