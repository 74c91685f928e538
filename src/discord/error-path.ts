import { randomUUID } from 'node:crypto';
import { DiscordAPIError, type Interaction } from 'discord.js';
import { errorReply, notice } from '../replies/view.ts';
import { UserFacingError, type BotContext } from './bot-context.ts';
import { send } from './render.ts';

/**
 * The one error path for every interaction. An expected problem (UserFacingError) is shown as it
 * is; anything else gets a generic ephemeral reply with an error id, and is logged with that id,
 * the command and the interaction's and server's ids: never who it was (the interaction id is what
 * ties the lines of one interaction together). The bot stays up either way.
 */
export async function guarded(
  interaction: Interaction,
  ctx: BotContext,
  label: string,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    const expected = error instanceof UserFacingError;
    const errorId = randomUUID().slice(0, 8);
    const where = {
      command: label,
      interactionId: interaction.id,
      guildId: interaction.guildId,
    };
    const late = lateReply(error);
    if (expected) ctx.logger.info({ ...where, reason: error.message }, 'interaction refused');
    else if (late) {
      // Not a bug: Discord's 3-second window closed, the request timed out after Discord may
      // well have taken it, or the interaction was answered already. Nothing more to send.
      ctx.logger.warn({ ...where, errorId, err: error }, late);
      return;
    } else ctx.logger.error({ ...where, errorId, err: error }, 'interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await send(interaction, expected ? notice(error.title, error.message) : errorReply(errorId));
      }
    } catch (sendError) {
      // Discord may have timed the interaction out already; there is no one left to tell.
      ctx.logger.warn({ ...where, errorId, err: sendError }, 'could not deliver the error reply');
    }
  }
}

/**
 * Why a reply failed for reasons of timing rather than a bug, or undefined: the interaction
 * expired (10062), was already answered (40060), or the REST call timed out on our side.
 */
export function lateReply(error: unknown): string | undefined {
  if (error instanceof DiscordAPIError && error.code === 10062)
    return 'interaction expired before the reply reached Discord';
  if (error instanceof DiscordAPIError && error.code === 40060) return 'interaction was already answered';
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return 'reply timed out waiting for Discord; it may have been delivered';
  return undefined;
}
