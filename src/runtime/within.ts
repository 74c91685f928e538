/**
 * What `work` gives if it settles within `ms`, else undefined (the work goes on): how a reply
 * waits on a store at most so long, and says "later" rather than keep someone waiting.
 */
export async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
