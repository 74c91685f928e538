import { describe, expect, it } from 'vitest';
import { mirrored } from '../../src/reading/mirror.ts';

describe('a message with the sides swapped', () => {
  it('swaps each side’s names for the other’s, both ways', () => {
    expect(mirrored('love from baku')).toBe('love from yerevan');
    expect(mirrored('love from yerevan')).toBe('love from baku');
    expect(mirrored('Armenia occupied Azerbaijani land')).toBe('azerbaijan occupied armenian land');
    expect(mirrored('free artsakh, stepanakert and shushi')).toBe('free karabakh, khankendi and shusha');
  });

  it('reads "azeri" as the other side’s name, and swaps whole words only', () => {
    expect(mirrored('azeris crying again lol')).toBe('armenians crying again lol');
    expect(mirrored('bakuvian armenianness')).toBeUndefined();
  });

  it('is nothing for a message that names no side', () => {
    expect(mirrored('thanks, that helped a lot')).toBeUndefined();
  });
});
