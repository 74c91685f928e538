import { encodeControl } from './custom-id.ts';
import type { Control, Reply } from './view.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

/** Buttons a row holds at most (Discord's limit). */
const PER_ROW = 5;

/**
 * A shareable reply with the control that moves it: "Post to channel" on a private one, "Delete"
 * (for its asker, or a member who may manage messages) on a public one. Other replies unchanged.
 */
export function withShareControls(reply: Reply, askerId: string, t: Translate = english): Reply {
  if (!reply.shareable) return reply;
  const control: Control = reply.ephemeral
    ? { kind: 'button', id: encodeControl({ action: 'post' }), label: t('controls.postToChannel') }
    : { kind: 'button', id: encodeControl({ action: 'delete', askerId }), label: t('controls.delete') };
  const [first, ...others] = reply.rows;
  // Beside the answer's own buttons, before its links (the link to the source stays last).
  const at = first ? first.findIndex((c) => c.kind === 'link') : -1;
  const placed = first && (at < 0 ? [...first, control] : [...first.slice(0, at), control, ...first.slice(at)]);
  const rows = first && placed && first.length < PER_ROW ? [placed, ...others] : [...reply.rows, [control]];
  return { ...reply, rows };
}
