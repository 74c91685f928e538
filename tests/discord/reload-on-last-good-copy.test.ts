// /reload on a bot that started on the last good copy of the knowledge base (its files were broken):
// the report says so while the files are still broken, then once that the bot is back on them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, chatInput, GUILD_ID, type Sender } from '../support/interactions.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { messageOf } from '../support/payloads.ts';
import { PIZZA_POLICY_ENTRY } from '../support/reload-fixtures.ts';

let kb: KnowledgeCopy;
beforeEach(async () => {
  kb = await copyKnowledge();
  await kb.write('arguments/08-conclusion.yaml', (await kb.read('arguments/08-conclusion.yaml')) + PIZZA_POLICY_ENTRY);
});
afterEach(() => kb.dispose());

const reload = (sender: Sender) => chatInput('reload', [], sender);

describe('/reload after a start on the last good copy', () => {
  it('says the files on disk are broken while they are, then once that it is back on them', async () => {
    const onCopy = await startHarness({
      knowledgeDir: kb.dir,
      config: { HOME_GUILD_ID: GUILD_ID },
      startedOnLastGood: { savedAt: '2026-11-28T22:05:00.000Z', problems: 2 },
    });
    try {
      await kb.edit('arguments/08-conclusion.yaml', 'keywords: [zanzibarian]', 'keywords: [zanzibarian');
      const [, failed] = await onCopy.send(reload({ permissions: ADMIN_PERMISSIONS }), 2);
      const [embed] = messageOf(failed).embeds;
      expect(embed?.title).toBe('Reload failed: the knowledge base in use did not change');
      expect(embed?.fields).toEqual([
        {
          name: 'Running on the last good copy',
          value:
            'The files on disk are broken: they had 2 problems when the bot started, so it started on the last ' +
            'good copy of the knowledge base, saved 28 November 2026, 22:05 UTC. People get answers from that ' +
            'copy until a reload succeeds.',
        },
      ]);
      await kb.edit('arguments/08-conclusion.yaml', 'keywords: [zanzibarian', 'keywords: [zanzibarian]');
      const [, fixed] = await onCopy.send(reload({ permissions: ADMIN_PERMISSIONS }), 2);
      expect(messageOf(fixed).embeds[0]?.fields?.map((f) => f.name)).toEqual([
        'Back on the files',
        'Added (0)',
        'Removed (0)',
        'Changed (0)',
      ]);
      const [, again] = await onCopy.send(reload({ permissions: ADMIN_PERMISSIONS }), 2);
      expect(messageOf(again).embeds[0]?.fields?.map((f) => f.name)).toEqual([
        'Added (0)',
        'Removed (0)',
        'Changed (0)',
      ]);
    } finally {
      await onCopy.stop();
    }
  });
});
