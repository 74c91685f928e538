/**
 * The bot permissions Counterpoint asks for when invited: View Channels, Send Messages, Send
 * Messages in Threads, Embed Links and Read Message History. The slash commands need none;
 * replies to mentions and "Post as reply" are channel messages with embeds.
 */
export const BOT_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 38n) | (1n << 14n) | (1n << 16n);

/** The OAuth2 link that adds the bot to a server with its commands and exactly those permissions. */
export function inviteUrl(clientId: string): string {
  return (
    `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=bot+applications.commands` +
    `&permissions=${BOT_PERMISSIONS}`
  );
}
