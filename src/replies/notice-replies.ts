import { notice, type Reply } from './view.ts';

/** The reply to a handler that failed unexpectedly: no details, an id to quote to the admins. */
export function errorReply(errorId: string): Reply {
  return notice('Something went wrong', `Something went wrong on our side (error id \`${errorId}\`). It has been logged; please try again, and quote the id to the server's admins if it keeps happening.`, 'error');
}

/** The polite answer to asking again too soon. */
export function cooldownReply(waitMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return notice('One moment', `You're asking quickly. You can ask again in ${seconds} second${seconds === 1 ? '' : 's'}.`);
}

/** The answer to a member who may not run an admin command; nothing has been done. */
export function notAllowedReply(why: string): Reply {
  return notice('Not allowed', `${why} Nothing was reloaded.`, 'error');
}
