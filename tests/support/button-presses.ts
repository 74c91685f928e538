// Presses on the buttons of the bot's own messages, as Discord sends them: the message the button
// sits on comes with the press. The people and the message the channel-button tests share.
import { APP_ID, button } from './interactions.ts';
import { memberUser } from './message-payloads.ts';
import { EPHEMERAL } from './payloads.ts';

/** The member who asked, and another who did not. */
export const ASKER = '1600000000000000061';
export const OTHER = '1600000000000000062';
/** The permission bit of Manage Messages. */
export const MANAGE_MESSAGES = 1n << 13n;
/** The message "Post as reply" answers. */
export const TARGET = '1700000000000000061';

const EMBEDS = [{ type: 'rich', title: 'Was Karabakh ever a colony?', description: 'The answer.', color: 0x2b6cb0 }];
const rowOf = (customId: string, label: string) => [
  { type: 1, components: [{ type: 2, style: 1, label, custom_id: customId }] },
];

/** A press on `customId` by `userId`, on a message with those fields (the same message for presses alike). */
export function press(customId: string, userId: string, message: Record<string, unknown>, permissions = 0n) {
  const click = button(customId, { userId, permissions });
  return { ...click, message: { ...click.message, ...message } };
}
/** The private message a "Post …" button sits on. */
export const privateMessage = (id: string, customId: string, label: string) => ({
  id,
  flags: EPHEMERAL,
  embeds: EMBEDS,
  components: rowOf(customId, label),
  application_id: APP_ID,
});
/** A public answer with "Delete", sent in reply to an interaction by `invoker` (Discord's metadata), or not. */
export const publicAnswer = (id: string, customId: string, invoker?: string) => ({
  id,
  embeds: EMBEDS,
  components: rowOf(customId, 'Delete'),
  ...(invoker
    ? {
        interaction_metadata: {
          id: '1800000000000000001',
          type: 2,
          user: memberUser(invoker),
          authorizing_integration_owners: {},
        },
      }
    : {}),
});
