// The dispatches the stand-in gateway sends a client that identifies: READY, then GUILD_CREATE.
import { APP_ID, EVERYONE_ROLE, GUILD_ID } from './interactions.ts';
import { BOT_USER } from './message-payloads.ts';

/** READY for the shard a client identified as: the bot's user, the guild unavailable, resuming at `url`. */
export function readyData(url: string, shard: readonly [number, number]) {
  return {
    v: 10,
    user: BOT_USER,
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: 'session',
    resume_gateway_url: url,
    application: { id: APP_ID, flags: 0 },
    shard,
  };
}

/** GUILD_CREATE for the tests' guild: nobody in it, no channels, only the @everyone role. */
export function guildCreateData() {
  return {
    id: GUILD_ID,
    name: 'Debate club',
    icon: null,
    owner_id: '1600000000000000001',
    unavailable: false,
    large: false,
    member_count: 1,
    joined_at: new Date(0).toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    channels: [],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    roles: [EVERYONE_ROLE],
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}
