/**
 * Token-shaped text: a bot token is three base64url parts ("MTA…" user id, a timestamp, an HMAC).
 * Matched anywhere, so that a token that was never configured here (pasted into a message, echoed
 * back by a misbehaving endpoint) is hidden too.
 */
const TOKEN_SHAPE = /\b[MNO][\w-]{22,30}\.[\w-]{5,7}\.[\w-]{20,45}\b/g;

/** The text with the given secrets, and anything shaped like a Discord token, replaced by [redacted]. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out.replace(TOKEN_SHAPE, '[redacted]');
}
