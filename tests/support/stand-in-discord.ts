import { FakeDiscordRest } from './fake-discord-rest.ts';
import { FakeGateway } from './fake-gateway.ts';

/** A stand-in Discord on 127.0.0.1: a gateway, and REST whose GET /gateway/bot points there. */
export interface StandInDiscord {
  readonly gateway: FakeGateway;
  readonly rest: FakeDiscordRest;
  stop(): Promise<void>;
}

/** Starts both stand-ins, for tests that run the bot as a process with a token. */
export async function startStandInDiscord(): Promise<StandInDiscord> {
  const gateway = await new FakeGateway().start();
  const rest = await new FakeDiscordRest().start();
  rest.override = (r) =>
    r.method === 'GET' && r.path === '/api/v10/gateway/bot' ? { status: 200, json: gateway.gatewayBot() } : undefined;
  return {
    gateway,
    rest,
    stop: async () => {
      await gateway.stop();
      await rest.stop();
    },
  };
}
