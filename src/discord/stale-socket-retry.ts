import { DefaultRestOptions, type ResponseLike, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

/** Methods whose second delivery changes nothing the first did not: sending one again is safe. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/** An interaction's first response: Discord takes one per interaction and refuses a second. */
const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback(\?|$)/;

/** Whether sending the request again can do nothing the first delivery did not. */
export function isReplayable(method: string, url: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase()) || (method.toUpperCase() === 'POST' && CALLBACK.test(url));
}

/**
 * The refusal a request sent again meets when its first delivery reached Discord before the
 * connection closed, and so did what was asked: a second acknowledgement of one interaction
 * (40060, "already acknowledged"; not when the callback asks for the response's content, which a
 * refusal cannot give), or a second deletion of one message (10008, "unknown message").
 */
function doneBefore(method: string, url: string): { readonly status: number; readonly code: number } | undefined {
  const verb = method.toUpperCase();
  if (verb === 'POST' && CALLBACK.test(url) && !/[?&]with_response=true\b/.test(url))
    return { status: 400, code: 40060 };
  if (verb === 'DELETE') return { status: 404, code: 10008 };
  return undefined;
}

/**
 * Bodies undici can send a second time. A stream (or an async iterable) is used up by the first
 * attempt, and would go out empty; discord.js sends strings, buffers and multipart forms.
 */
function isResendable(body: unknown): boolean {
  if (body === null || body === undefined || typeof body === 'string') return true;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return true;
  // By tag: discord.js's forms and blobs are undici's own classes, not Node's global ones.
  const tag = Object.prototype.toString.call(body);
  return tag === '[object FormData]' || tag === '[object Blob]' || tag === '[object URLSearchParams]';
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
 * (a follow-up message) is not: the server may have taken it. Nor is a body the first attempt used up.
 */
export function retryingStaleSockets(makeRequest: MakeRequest = DefaultRestOptions.makeRequest): MakeRequest {
  return async (url, init) => {
    try {
      return await makeRequest(url, init);
    } catch (error) {
      const method = init.method ?? 'GET';
      const replay = isSocketClosed(error) && isReplayable(method, url) && isResendable(init.body);
      if (!replay || init.signal?.aborted) throw error;
      const again = await makeRequest(url, init);
      const done = doneBefore(method, url);
      return done && again.status === done.status ? unlessDoneBefore(again, done.code) : again;
    }
  };
}

/**
 * A request sent again, refused because its first delivery already did what was asked: that
 * refusal reads as the success (204) the first would have got. Any other refusal passes as it came.
 */
async function unlessDoneBefore(refused: ResponseLike, code: number): Promise<ResponseLike> {
  const text = await refused.text();
  let given: unknown;
  try {
    given = (JSON.parse(text) as { code?: unknown }).code;
  } catch {
    given = undefined;
  }
  const headers = new Headers([...refused.headers]);
  if (given === code) {
    // As Discord answers a callback or a deletion: no content, so no content type to parse.
    headers.delete('content-type');
    headers.delete('content-length');
    return new Response(null, { status: 204, headers });
  }
  return new Response(text, { status: refused.status, statusText: refused.statusText, headers });
}
