import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import ort from 'onnxruntime-node';
import { int8Model, type Int8Source } from './int8-file.ts';
import type { ModelManifest } from './model-manifest.ts';

/**
 * The model's one inference session in this process (a second one leaks memory, and several in
 * worker threads have aborted V8): texts in, unit-length sentence vectors out, mean-pooled over
 * their tokens as sentence-transformers does for this model.
 */
export class EmbedSession {
  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
    private readonly model: ModelManifest,
    /** Where the int8 graph was loaded from (int8-file.ts). */
    readonly graphSource: Int8Source,
  ) {}

  /** Opens the model in `folder` (already verified against its checksums). */
  static async open(folder: string, model: ModelManifest, threads = 1): Promise<EmbedSession> {
    const json = JSON.parse(await readFile(path.join(folder, 'tokenizer.json'), 'utf8')) as object;
    const tokenizer = new Tokenizer(json, model.tokenizerConfig);
    // Run with int8 weights as int8: a third of the memory and two to three times the speed; from
    // its file where it can be, so that no copy of it stays in this thread's memory.
    const graph = await int8Model(folder, model);
    const options: ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
    };
    // One call per overload: a path, or the bytes.
    const session =
      typeof graph.model === 'string'
        ? await ort.InferenceSession.create(graph.model, options)
        : await ort.InferenceSession.create(graph.model, options);
    return new EmbedSession(session, tokenizer, model, graph.source);
  }

  /** Token ids of a text, cut to `max` (the model's length) with its closing [SEP] kept. */
  tokens(text: string, max = this.model.maxTokens): number[] {
    const ids = this.tokenizer.encode(text).ids;
    return ids.length <= max ? ids : [...ids.slice(0, max - 1), ids[ids.length - 1] ?? 0];
  }

  /**
   * Vectors of `texts`, `dimensions` floats each, one after another: one text per run of the model.
   * The int8 model quantises its activations with one scale over the whole input, so a text run
   * beside others (and their padding) comes out different, by up to 0.02 in cosine: a vector would
   * depend on which texts shared its batch, and two hosts with different caches could rank one
   * question differently. Alone, a text always gets the same vector; it costs about a third more
   * time than batches of 32 (584 texts of the article: 2.7 s against 2.1), paid once per new text.
   */
  async embed(texts: readonly string[], maxTokens = this.model.maxTokens): Promise<Float32Array> {
    const { dimensions } = this.model;
    const out = new Float32Array(texts.length * dimensions);
    for (const [i, text] of texts.entries()) out.set(await this.run([this.tokens(text, maxTokens)]), i * dimensions);
    return out;
  }

  private async run(batch: readonly number[][]): Promise<Float32Array> {
    const n = batch.length;
    const width = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(n * width);
    const mask = new BigInt64Array(n * width);
    batch.forEach((tokens, i) =>
      tokens.forEach((id, j) => {
        ids[i * width + j] = BigInt(id);
        mask[i * width + j] = 1n;
      }),
    );
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', ids, [n, width]),
      attention_mask: new ort.Tensor('int64', mask, [n, width]),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(n * width), [n, width]),
    };
    const output = await this.session.run(feeds);
    const hidden = output[this.session.outputNames[0] ?? 'last_hidden_state'];
    if (!hidden) throw new Error('the model gave no output');
    return meanPooled(
      hidden.data as Float32Array,
      batch.map((t) => t.length),
      width,
      this.model.dimensions,
    );
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}

/** Each text's token vectors averaged over its real tokens (not the padding), then scaled to length 1. */
export function meanPooled(
  hidden: Float32Array,
  lengths: readonly number[],
  width: number,
  dimensions: number,
): Float32Array {
  const out = new Float32Array(lengths.length * dimensions);
  lengths.forEach((length, i) => {
    const row = out.subarray(i * dimensions, (i + 1) * dimensions);
    for (let t = 0; t < length; t++) {
      const base = (i * width + t) * dimensions;
      for (let d = 0; d < dimensions; d++) row[d] = (row[d] ?? 0) + (hidden[base + d] ?? 0);
    }
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (row[d] ?? 0) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) row[d] = (row[d] ?? 0) * scale;
  });
  return out;
}
