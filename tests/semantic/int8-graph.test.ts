import { readFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { withInt8Weights } from '../../src/semantic/int8-graph.ts';
import { MODEL } from '../../src/semantic/model-manifest.ts';
import { MODEL_DIR } from '../support/hybrid.ts';

const { onnx } = onnxProto;
const count = (nodes: readonly onnxProto.onnx.INodeProto[], op: string) => nodes.filter((n) => n.opType === op).length;

describe('running the model with its int8 weights as int8', () => {
  it('multiplies in integers and gathers int8 rows, leaving no float32 copy of a weight to build', async () => {
    const bytes = await readFile(path.join(MODEL_DIR, MODEL.folder, 'model.onnx'));
    const before = onnx.ModelProto.decode(bytes).graph?.node ?? [];
    const { bytes: after, rewritten } = withInt8Weights(bytes);
    const nodes = onnx.ModelProto.decode(after).graph?.node ?? [];
    // 6 layers × 6 weight matrices, and the word and position embeddings.
    expect(rewritten).toBe(38);
    expect(count(nodes, 'MatMulInteger')).toBe(36);
    expect(count(nodes, 'DynamicQuantizeLinear')).toBe(36);
    // Attention's two activation-by-activation products stay float, per layer.
    expect([count(before, 'MatMul'), count(nodes, 'MatMul')]).toEqual([48, 12]);
    const initializers = new Set(onnx.ModelProto.decode(after).graph?.initializer?.map((i) => i.name));
    const widened = nodes.filter((n) => n.opType === 'Cast' && initializers.has(n.input?.[0] ?? ''));
    expect(widened).toEqual([]);
  });

  it('leaves a graph without widened int8 weights as it was', () => {
    const plain = onnx.ModelProto.encode(
      onnx.ModelProto.create({ graph: { node: [{ opType: 'Relu', input: ['x'], output: ['y'] }] } }),
    ).finish();
    expect(withInt8Weights(plain).rewritten).toBe(0);
  });
});
