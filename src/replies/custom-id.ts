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
  | { readonly action: 'pick'; readonly visibility: Visibility };

const ID = new RegExp(`^[a-z0-9-]{1,${MAX_ID_LENGTH}}$`);
const VIS: Record<string, Visibility> = { p: 'public', e: 'ephemeral' };
const visCode = (v: Visibility) => (v === 'public' ? 'p' : 'e');

/** Encodes an action as a custom_id (at most 100 characters: ids are at most 40 each). */
export function encodeControl(action: ControlAction): string {
  switch (action.action) {
    case 'passage': return `${PREFIX}:passage:${action.id}`;
    case 'others': return `${PREFIX}:others:${action.ids.slice(0, 2).join(',')}`;
    case 'answer': return `${PREFIX}:answer:${visCode(action.visibility)}:${action.id}`;
    case 'pick': return `${PREFIX}:pick:${visCode(action.visibility)}`;
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
  return undefined;
}
