import { DiscordAPIError, Events, Routes, type Client, type Message } from 'discord.js';
import { Cooldown } from '../answer/cooldown.ts';
import { respond } from '../answer/responder.ts';
import { settingsWithin } from '../answer/settings-budget.ts';
import { notice, type Reply } from '../replies/view.ts';
import type { BotContext } from './bot-context.ts';
import { toDiscord } from './render.ts';

/** The reaction a mention on cooldown gets, URL-encoded as the reaction routes take it: ⏳. */
const WAIT_EMOJI = encodeURIComponent('⏳');

/**
 * What a mention may say, besides the mention, to ask for the replied-to message to be countered:
 * "is this true?", "thoughts?", "what about this" ask about that message, not anything of their own.
 */
const COUNTER_WORDS = new RegExp(
  '^(?:counter|counter this|\\?+|sources?\\??|debunk|answer|thoughts\\??|(?:is )?(?:this |that )?true\\??|' +
    'fact ?check|what about (?:this|that)\\??)?[.!]*$',
  'i',
);

/** The help a bare mention gets: how to ask, and how to counter a message. */
const MENTION_HELP = notice(
  'Ask me after the mention',
  'Write a question or a claim after mentioning me, e.g. “@Counterpoint was Karabakh a colony?”. To counter a ' +
    'message, reply to it with just a mention of me, or use its menu: Apps → Counter with the article.',
);

/** When the replied-to message's text is out of reach: Discord shows a bot only messages that mention it. */
const CANNOT_READ = notice(
  'I cannot read that message',
  'Discord shows me the text of a message only when it mentions me. Open the message’s menu (right-click or ' +
    'long-press) → Apps → Counter with the article, and I will counter it.',
);

/**
 * Answers messages that mention the bot, like /ask with the rest of the text, as a reply to them;
 * a mention that only replies to another message ("@Counterpoint", "counter", "?") counters that
 * message. Bots, webhooks and the bot itself are ignored, and every mention in a server that turned
 * mentions off; the answer cooldown applies as to /ask, and each channel has one of its own (a
 * mention on cooldown gets ⏳ as a reaction); nobody is pinged. A channel where the bot may not post is
 * logged once.
 */
export function attachMentionReplies(client: Client, ctx: BotContext, channelCooldownSeconds: number): void {
  const byChannel = new Cooldown(channelCooldownSeconds);
  const warned = new Set<string>();
  client.on(Events.MessageCreate, (message) => {
    void answerMention(message, ctx, byChannel).catch((error: unknown) => {
      if (error instanceof DiscordAPIError && (error.code === 50013 || error.code === 50001)) {
        if (!warned.has(message.channelId))
          ctx.logger.warn(
            { channel: message.channelId, guild: message.guildId, code: error.code },
            'cannot reply to mentions in this channel: it needs View Channel, Send Messages, Read Message ' +
              'History and Embed Links',
          );
        warned.add(message.channelId);
        return;
      }
      // Not the message's id: with the channel's, it leads to the message, its author and its words.
      ctx.logger.error({ channel: message.channelId, guild: message.guildId, err: error }, 'mention reply failed');
    });
  });
}

/** The text of the message a mention replies to, when it asks for that message to be countered. */
async function referencedText(message: Message, text: string): Promise<string | undefined> {
  if (!COUNTER_WORDS.test(text) || !message.reference?.messageId) return undefined;
  const referenced = await message.fetchReference().catch(() => undefined);
  return referenced?.content ?? '';
}

/** The reply a mention gets: a counter to the message it replies to, help, or the answer to its text. */
async function mentionReply(message: Message, ctx: BotContext, text: string): Promise<Reply> {
  const request = {
    via: 'mention' as const,
    guildId: message.guildId,
    askerId: message.author.id,
    visibility: 'public' as const,
  };
  const referenced = await referencedText(message, text);
  if (referenced !== undefined) {
    if (referenced.trim() === '') return CANNOT_READ;
    return (await respond(ctx, { ...request, text: referenced, mode: 'counter' })).reply;
  }
  if (text === '') return MENTION_HELP;
  return (await respond(ctx, { ...request, text })).reply;
}

async function answerMention(message: Message, ctx: BotContext, byChannel: Cooldown): Promise<void> {
  const me = message.client.user;
  if (!me || message.author.bot || message.webhookId || message.author.id === me.id) return;
  if (!message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return;
  // Settings slower than the budget count as the defaults: mentions on, the default cooldown.
  const settings = await settingsWithin(ctx.settings, message.guildId);
  if (settings?.mentions === false) {
    ctx.logger.debug({ guild: message.guildId }, 'mention ignored: mentions are off in this server');
    return;
  }
  const wait = ctx.cooldowns.takeWith(message.author.id, settings);
  if (wait > 0 || byChannel.take(message.channelId) > 0) {
    ctx.logger.debug({ channel: message.channelId }, 'mention ignored: cooldown');
    // Said with a reaction, not a message: a busy channel gets no second message, yet the asker sees
    // why. Best effort: a channel that denies Add Reactions (not in the invite) just gets nothing.
    const route = Routes.channelMessageOwnReaction(message.channelId, message.id, WAIT_EMOJI);
    await message.client.rest.put(route).catch((error: unknown) => {
      ctx.logger.debug({ channel: message.channelId, err: error }, 'cooldown reaction not added');
    });
    return;
  }
  const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
  const reply = await mentionReply(message, ctx, text);
  // A message cannot be private: everything goes to the channel, as a reply that pings no one.
  const { flags: _none, allowedMentions: _set, ...payload } = toDiscord({ ...reply, ephemeral: false });
  await message.client.rest.post(Routes.channelMessages(message.channelId), {
    body: {
      ...payload,
      message_reference: { message_id: message.id, fail_if_not_exists: false },
      allowed_mentions: { parse: [], replied_user: false },
    },
  });
}
