import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
type Node = onnxProto.onnx.INodeProto;

/** ONNX's element type for float32, the type a Cast node produces here. */
const FLOAT = 1;

/**
 * The model with its int8 weights used as int8 (`MatMulInteger`, `Gather` of int8 rows) instead of
 * widened to float32 at load. The export stores each weight as int8 and a scale, widened by a
 * `Cast` and a `Mul` before its `MatMul`; onnxruntime folds those at load into float32 weights, so
 * the 23 MB file became 90 MB of weights in memory and ran at float32 speed. Here each such
 * `MatMul` quantizes its input on the fly (`DynamicQuantizeLinear`, as onnxruntime's own dynamic
 * quantization does) and multiplies in integers, and each embedding lookup gathers int8 rows and
 * widens only those. Sentence vectors stay within a cosine of 0.994 of the float32 ones; the
 * session holds about 60 MB instead of 180 and runs two to three times faster on one core
 * (bench/NOTES.md, eighth session).
 */
export function withInt8Weights(bytes: Uint8Array): { bytes: Uint8Array; rewritten: number } {
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph;
  if (!graph) return { bytes, rewritten: 0 };
  const producer = new Map<string, Node>();
  for (const node of graph.node ?? []) for (const output of node.output ?? []) producer.set(output, node);
  const initializers = new Set((graph.initializer ?? []).map((i) => i.name));
  // The int8 initializer and the scale a float tensor is widened from, if it is one.
  const quantized = (name: string) => {
    const mul = producer.get(name);
    const cast = mul?.opType === 'Mul' ? producer.get(mul.input?.[0] ?? '') : undefined;
    const [q = '', scale = ''] = [cast?.input?.[0], mul?.input?.[1]];
    if (!mul || !cast || cast.opType !== 'Cast' || !initializers.has(q) || !initializers.has(scale)) return undefined;
    return { q, scale, widening: [mul, cast] };
  };
  const node = (opType: string, input: string[], output: string[], extra: Partial<Node> = {}) =>
    onnx.NodeProto.create({ opType, input, output, name: `${output[0]}_node`, ...extra });
  const toFloat = [onnx.AttributeProto.create({ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT })];
  const nodes: Node[] = [];
  const widenings = new Set<Node>();
  let rewritten = 0;
  for (const n of graph.node ?? []) {
    const [a = '', b = ''] = n.input ?? [];
    const y = n.output?.[0] ?? '';
    const weight = n.opType === 'MatMul' ? quantized(b) : n.opType === 'Gather' ? quantized(a) : undefined;
    if (!weight) {
      nodes.push(n);
      continue;
    }
    const p = `${y}__int8`;
    if (n.opType === 'MatMul') {
      nodes.push(
        node('DynamicQuantizeLinear', [a], [`${p}_x`, `${p}_xs`, `${p}_xz`]),
        node('MatMulInteger', [`${p}_x`, weight.q, `${p}_xz`], [`${p}_i`]),
        node('Cast', [`${p}_i`], [`${p}_f`], { attribute: toFloat }),
        node('Mul', [`${p}_xs`, weight.scale], [`${p}_s`]),
        node('Mul', [`${p}_f`, `${p}_s`], [y]),
      );
    } else {
      nodes.push(
        node('Gather', [weight.q, b], [`${p}_q`], { attribute: n.attribute ?? [] }),
        node('Gather', [weight.scale, b], [`${p}_s`], { attribute: n.attribute ?? [] }),
        node('Cast', [`${p}_q`], [`${p}_f`], { attribute: toFloat }),
        node('Mul', [`${p}_f`, `${p}_s`], [y]),
      );
    }
    for (const w of weight.widening) widenings.add(w);
    rewritten++;
  }
  // A widening nothing reads any more is dropped (its Mul first, then the Cast only it read), so
  // its float32 weight is never built.
  let kept = nodes;
  for (let size = -1; size !== kept.length;) {
    size = kept.length;
    const read = new Set([...kept.flatMap((n) => n.input ?? []), ...(graph.output ?? []).map((o) => o.name)]);
    kept = kept.filter((n) => !widenings.has(n) || (n.output ?? []).some((o) => read.has(o)));
  }
  graph.node = kept;
  return { bytes: onnx.ModelProto.encode(model).finish(), rewritten };
}
