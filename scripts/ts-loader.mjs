// Runs TypeScript sources under plain `node`, for the dev tools and the processes the tests start:
//   node --import ./scripts/ts-loader.mjs src/cli/eval.ts
// Each .ts file is compiled on its own by esbuild, the compiler that builds dist/ (see
// ts-loader-hooks.mjs), so that the project needs one TypeScript tool rather than two. The bot
// itself runs the bundled dist/ (scripts/run.mjs): compiling at start-up costs memory and time.
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
// Stack traces name the .ts file and line, through the inline source maps.
process.setSourceMapsEnabled(true);
