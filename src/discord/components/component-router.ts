// Every button and menu: the custom id decoded once, given to the one family that claims its
// action, under that family's rules. A forged, stale or unknown id gets one clear reply.
import { staleReply } from '../../answer/controls.ts';
import { slashCommand } from '../../text/command-names.ts';
import { decodeControl } from '../../replies/custom-id.ts';
import { cooldownReply, notice } from '../../replies/view.ts';
import { accessRefusal } from '../admin-check.ts';
import type { BotContext } from '../bot-context.ts';
import { interfaceOf } from '../interface-language.ts';
import { send } from '../render.ts';
import type { ActionName, AnyFamily, ComponentInteraction } from './component-family.ts';

/** Routes decoded controls to their families; two families claiming one action is a bug, caught at start. */
export class ComponentRouter {
  readonly #byAction = new Map<ActionName, AnyFamily>();

  constructor(families: readonly AnyFamily[]) {
    for (const f of families) {
      for (const action of f.actions) {
        const taken = this.#byAction.get(action);
        if (taken) throw new Error(`control "${action}" is claimed by both ${taken.name} and ${f.name}`);
        this.#byAction.set(action, f);
      }
    }
  }

  /** Handles one click or choice. */
  async route(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
    const control = decodeControl(interaction.customId);
    const owner = control && this.#byAction.get(control.action);
    if (!control || !owner) return send(interaction, staleReply((await interfaceOf(interaction, ctx)).t));
    // A family named after a command ("/insights") is named as that command is registered.
    const named = owner.name.startsWith('/')
      ? slashCommand(ctx.config.COMMAND_PREFIX, owner.name.slice(1))
      : owner.name;
    const refusal = accessRefusal(owner.access, interaction, ctx.config, named);
    if (refusal) return send(interaction, notice('Not allowed', refusal, 'error'));
    if (owner.cooldown(control)) {
      const wait = await ctx.cooldowns.take(interaction.user.id, interaction.guildId);
      if (wait > 0) return send(interaction, cooldownReply(wait, Date.now(), (await interfaceOf(interaction, ctx)).t));
    }
    await owner.run(interaction, control, ctx);
  }
}
