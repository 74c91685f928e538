import { DefaultRestOptions, type RESTOptions } from 'discord.js';

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
      return makeRequest(url, init);
    }
  };
}
