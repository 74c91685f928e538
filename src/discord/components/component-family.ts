// A family of buttons and menus, in the manner of Sapphire's interaction handlers: it claims the
// actions it handles, declares its rules as data, and runs on the control already decoded, once.
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { ControlAction } from '../../replies/custom-id.ts';
import type { BotContext } from '../bot-context.ts';
import type { Access } from '../command.ts';

/** A button or a menu of the bot's. */
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/** The name of a control action ("passage", "vote"…). */
export type ActionName = ControlAction['action'];

/** The decoded control of one action. */
export type ControlOf<A extends ActionName> = Extract<ControlAction, { action: A }>;

/** One family of controls: the actions it claims, its rules, and what a click does. */
export interface ComponentFamily<A extends ActionName> {
  readonly name: string;
  readonly actions: readonly A[];
  /** Who may use it (anyone when unset); the refusal is the router's. */
  readonly access?: Access;
  /** Whether the server's answer cooldown applies to this click (it posts in public). */
  cooldown(control: ControlOf<A>): boolean;
  run(interaction: ComponentInteraction, control: ControlOf<A>, ctx: BotContext): Promise<void>;
}

/** Any family, as the router holds them: each is only ever given a control of its own actions. */
export type AnyFamily = ComponentFamily<ActionName>;

/** A family, typed by its actions where it is written, stored as any family. */
export const family = <A extends ActionName>(f: ComponentFamily<A>): AnyFamily => f as unknown as AnyFamily;
