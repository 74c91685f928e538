/**
 * onnxruntime's telemetry, turned off before the runtime starts. From 1.31 its Linux and macOS
 * builds carry Microsoft's 1DS telemetry: every process that creates an inference session keeps a
 * device id and an event cache under ~/.cache/Microsoft/DeveloperTools/.onnxruntime and uploads
 * process, session and performance events to mobile.events.data.microsoft.com. An operator who
 * runs a Discord bot expects none of that, and the tests must reach no network beyond the model's
 * fetch. `ORT_DISABLE_TELEMETRY=1`, set before the runtime's first session, turns all of it off:
 * no uploader, no device id, no cache (onnxruntime pull request 27379).
 */

/** The variable onnxruntime reads; an operator who sets it (to 0, say) keeps their choice. */
export const RUNTIME_TELEMETRY_VARIABLE = 'ORT_DISABLE_TELEMETRY';

/**
 * Turns the runtime's telemetry off unless the operator chose otherwise. The runtime reads the
 * process environment from native code, which a worker thread's own `process.env` does not reach:
 * call this on the main thread before the semantic worker starts, and before any session there.
 */
export function disableRuntimeTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  // Empty counts as unset, as for the bot's own variables: "ORT_DISABLE_TELEMETRY=" in .env chose nothing.
  if (!env[RUNTIME_TELEMETRY_VARIABLE]) env[RUNTIME_TELEMETRY_VARIABLE] = '1';
}
