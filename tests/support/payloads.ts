import { z } from 'zod';
import type { RecordedRequest } from './fake-discord-rest.ts';
import { CHANNEL_ID } from './interactions.ts';

// The shapes of what discord.js sends, checked at the test's boundary like any loaded data.
const embed = z.object({
  color: z.number(),
  title: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  footer: z.object({ text: z.string() }).optional(),
});
const component = z.object({
  type: z.number(),
  style: z.number().optional(),
  label: z.string().optional(),
  custom_id: z.string().optional(),
  url: z.string().optional(),
  placeholder: z.string().optional(),
  options: z.array(z.object({ label: z.string(), value: z.string(), description: z.string().optional() })).optional(),
});
const messageData = z.object({
  content: z.string().optional(),
  embeds: z.array(embed).default([]),
  components: z.array(z.object({ type: z.literal(1), components: z.array(component) })).default([]),
  flags: z.number().optional(),
  allowed_mentions: z
    .object({ parse: z.array(z.string()), users: z.array(z.string()).optional(), replied_user: z.boolean().optional() })
    .optional(),
  message_reference: z
    .object({ message_id: z.string(), channel_id: z.string().optional(), fail_if_not_exists: z.boolean().optional() })
    .optional(),
});

/** An interaction callback: its type and, for messages, the message. */
export const callbackSchema = z.object({ type: z.number(), data: z.unknown().optional() });
export type MessageData = z.infer<typeof messageData>;

/** The message of a callback (type 4 reply, 7 update) or of a webhook edit/follow-up body. */
export function messageOf(request: RecordedRequest | undefined): MessageData {
  if (!request) throw new Error('no request was recorded');
  const isCallback = request.path.endsWith('/callback');
  return messageData.parse(isCallback ? callbackSchema.parse(request.body).data : request.body);
}

/** The callback type of an interaction callback request. */
export function callbackType(request: RecordedRequest | undefined): number {
  return callbackSchema.parse(request?.body).type;
}

/** Every custom_id in a message, row by row. */
export function customIds(message: MessageData): string[] {
  return message.components.flatMap((row) => row.components.flatMap((c) => c.custom_id ?? []));
}

/** Autocomplete choices of a type-8 callback. */
export function choicesOf(request: RecordedRequest | undefined): { name: string; value: string }[] {
  const body = callbackSchema.parse(request?.body);
  return z.object({ choices: z.array(z.object({ name: z.string(), value: z.string() })) }).parse(body.data).choices;
}

export const EPHEMERAL = 64;

/** A deferral (callback type 5), or the deletion of the public one a private reply replaces. */
export function isAcknowledgement(request: RecordedRequest): boolean {
  if (request.method === 'DELETE' && request.path.endsWith('/messages/@original')) return true;
  const body = request.body;
  return (
    request.path.endsWith('/callback') && typeof body === 'object' && body !== null && Reflect.get(body, 'type') === 5
  );
}

/** The messages posted in the test channel itself (not interaction replies), in order. */
export function postsInChannel(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
}
