import { DefaultRestOptions, type ResponseLike, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

/** Methods whose second delivery changes nothing the first did not: sending one again is safe. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/** An interaction's first response: Discord takes one per interaction and refuses a second. */
const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback(\?|$)/;

/** Discord's error for a second response to one interaction: "Interaction has already been acknowledged". */
const ALREADY_ACKNOWLEDGED = 40060;

/** Whether sending the request again can do nothing the first delivery did not. */
export function isReplayable(method: string, url: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase()) || (method.toUpperCase() === 'POST' && CALLBACK.test(url));
}

/**
 * undici's error when the connection closes under a request ("other side closed"): most often a
 * kept-alive connection that the server closed as the request was written to it.
 */
export function isSocketClosed(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'UND_ERR_SOCKET';
}

/**
 * discord.js's request strategy, sending an idempotent request once more when its connection was
 * closed under it. @discordjs/rest retries a reset connection (ECONNRESET) and a timeout, not this:
 * under a burst of answers on a busy machine, a request written to a kept-alive connection just as
 * the server closed it failed outright, and its asker saw "The application did not respond". With
 * 5,000 asks on loopback, 4 to 11 requests were sent again, and each arrived (bench/NOTES.md). An
 * interaction's callback is sent again too: Discord acknowledges an interaction once. Any other POST
 * (a follow-up message) is not: the server may have taken it, and two copies of an answer are worse
 * than a logged failure.
 */
export function retryingStaleSockets(makeRequest: MakeRequest = DefaultRestOptions.makeRequest): MakeRequest {
  return async (url, init) => {
    try {
      return await makeRequest(url, init);
    } catch (error) {
      if (!isSocketClosed(error) || !isReplayable(init.method ?? 'GET', url) || init.signal?.aborted) throw error;
      const again = await makeRequest(url, init);
      return again.status === 400 && CALLBACK.test(url) ? acknowledgedBefore(again) : again;
    }
  };
}

/**
 * A callback sent again is refused when the first reached Discord before the connection closed:
 * the interaction is acknowledged, which is what was asked, so that refusal reads as success (204).
 * Any other 400 is passed on as it came.
 */
async function acknowledgedBefore(refused: ResponseLike): Promise<ResponseLike> {
  const text = await refused.text();
  let code: unknown;
  try {
    code = (JSON.parse(text) as { code?: unknown }).code;
  } catch {
    code = undefined;
  }
  const headers = new Headers([...refused.headers]);
  if (code === ALREADY_ACKNOWLEDGED) {
    // As Discord answers a callback: no content, and so no content type for discord.js to parse.
    headers.delete('content-type');
    headers.delete('content-length');
    return new Response(null, { status: 204, headers });
  }
  return new Response(text, { status: refused.status, statusText: refused.statusText, headers });
}
