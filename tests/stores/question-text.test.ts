import { describe, expect, it } from 'vitest';
import { normalizedText, storedText } from '../../src/stores/question-text.ts';

describe('a question as stored', () => {
  it('keeps no id of anyone it mentions: people, roles and channels become what they are', () => {
    const asked =
      'hey <@123456789012345678> and <@!223456789012345678>, ask <@&323456789012345678> in <#423456789012345678>';
    expect(storedText(asked)).toBe('hey @user and @user, ask @role in #channel');
    expect(normalizedText(asked)).toBe('hey user and user ask role in channel');
    expect(storedText(asked)).not.toMatch(/\d{17}/);
  });

  it('collapses whitespace and keeps at most 300 characters', () => {
    expect(storedText('  was   karabakh\n a colony?  ')).toBe('was karabakh a colony?');
    expect(storedText('x'.repeat(400))).toHaveLength(300);
  });
});
