import { MAX_ID_LENGTH } from '../knowledge/schemas.ts';

// Every component's state lives in its custom_id, so buttons keep working after a restart or a
// reload. The version lets a future format tell its own ids from these.
const PREFIX = 'cp1';

/** Whether an answer reached from a control is posted for everyone or only for the clicker. */
export type Visibility = 'public' | 'ephemeral';

/** What a control asks for once clicked or chosen. */
export type ControlAction =
  | { readonly action: 'passage'; readonly id: string }
  | { readonly action: 'others'; readonly ids: readonly string[] }
  | { readonly action: 'answer'; readonly id: string; readonly visibility: Visibility }
  | { readonly action: 'pick'; readonly visibility: Visibility }
  /** Post the counter shown privately as a public reply to the message it counters. */
  | { readonly action: 'reply'; readonly messageId: string }
  /** Post a private answer to the channel. */
  | { readonly action: 'post' }
  /** A page of a section's topics. */
  | {
      readonly action: 'section';
      readonly sourceId: string;
      readonly number: number;
      readonly page: number;
      readonly visibility: Visibility;
    }
  /** Delete a public answer: its asker, or a member who may manage messages. */
  | { readonly action: 'delete'; readonly askerId: string }
  /** Helpful / Not helpful on an answer to an entry. */
  | { readonly action: 'vote'; readonly id: string; readonly helpful: boolean }
  /** /insights over another period. */
  | { readonly action: 'insights'; readonly days: number }
  /** The about card: who wrote the source, what the bot does and does not do. */
  | { readonly action: 'about'; readonly visibility: Visibility };

const ID = new RegExp(`^[a-z0-9-]{1,${MAX_ID_LENGTH}}$`);
const SNOWFLAKE = /^\d{17,20}$/;
const VIS: Record<string, Visibility> = { p: 'public', e: 'ephemeral' };
const visCode = (v: Visibility) => (v === 'public' ? 'p' : 'e');

/** Encodes an action as a custom_id (at most 100 characters: ids are at most 40 each). */
export function encodeControl(action: ControlAction): string {
  switch (action.action) {
    case 'passage':
      return `${PREFIX}:passage:${action.id}`;
    case 'others':
      return `${PREFIX}:others:${action.ids.slice(0, 2).join(',')}`;
    case 'answer':
      return `${PREFIX}:answer:${visCode(action.visibility)}:${action.id}`;
    case 'pick':
      return `${PREFIX}:pick:${visCode(action.visibility)}`;
    case 'reply':
      return `${PREFIX}:reply:${action.messageId}`;
    case 'post':
      return `${PREFIX}:post`;
    case 'delete':
      return `${PREFIX}:delete:${action.askerId}`;
    case 'vote':
      return `${PREFIX}:vote:${action.helpful ? 1 : 0}:${action.id}`;
    case 'insights':
      return `${PREFIX}:ins:${action.days}`;
    case 'about':
      return `${PREFIX}:about:${visCode(action.visibility)}`;
    case 'section':
      return `${PREFIX}:sec:${visCode(action.visibility)}:${action.number}:${action.page}:${action.sourceId}`;
  }
}

/** Decodes a custom_id; undefined for anything this version did not make (or that was tampered with). */
export function decodeControl(customId: string): ControlAction | undefined {
  const [prefix, action, ...rest] = customId.split(':');
  if (prefix !== PREFIX) return undefined;
  const [a, b] = rest;
  if (action === 'passage' && rest.length === 1 && a && ID.test(a)) return { action, id: a };
  if (action === 'others' && rest.length === 1 && a) {
    const ids = a.split(',');
    return ids.length <= 2 && ids.every((id) => ID.test(id)) ? { action, ids } : undefined;
  }
  const visibility = a === undefined ? undefined : VIS[a];
  if (action === 'answer' && rest.length === 2 && visibility && b && ID.test(b)) return { action, id: b, visibility };
  if (action === 'pick' && rest.length === 1 && visibility) return { action, visibility };
  if (action === 'about' && rest.length === 1 && visibility) return { action, visibility };
  if (action === 'reply' && rest.length === 1 && a && SNOWFLAKE.test(a)) return { action, messageId: a };
  if (action === 'post' && rest.length === 0) return { action };
  if (action === 'delete' && rest.length === 1 && a && SNOWFLAKE.test(a)) return { action, askerId: a };
  if (action === 'vote' && rest.length === 2 && (a === '1' || a === '0') && b && ID.test(b))
    return { action, id: b, helpful: a === '1' };
  if (action === 'ins' && rest.length === 1 && (a === '7' || a === '30'))
    return { action: 'insights', days: Number(a) };
  const [, n, p, sourceId] = rest;
  if (
    action === 'sec' &&
    rest.length === 4 &&
    visibility &&
    /^\d{1,3}$/.test(n ?? '') &&
    /^\d{1,4}$/.test(p ?? '') &&
    sourceId &&
    ID.test(sourceId)
  ) {
    return { action: 'section', sourceId, number: Number(n), page: Number(p), visibility };
  }
  return undefined;
}

/** Whether a control acts on a Discord channel (reply, post, delete) rather than answering from the knowledge base. */
export function isChannelAction(customId: string): boolean {
  const action = decodeControl(customId)?.action;
  return action === 'reply' || action === 'post' || action === 'delete';
}
