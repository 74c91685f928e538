import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/discord/render-embeds.ts';
import { toDiscord } from '../../src/discord/render.ts';
import { type Card, fitText, type Reply } from '../../src/replies/view.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fitting replies to Discord limits', () => {
  it('cuts between graphemes: never half an emoji or a lone surrogate', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const text of ['👍🏽'.repeat(40), `a${'🇦🇲'.repeat(40)}`, `x${'👨‍👩‍👧'.repeat(20)}`]) {
      for (let max = 2; max < 30; max++) {
        const cut = fitText(text, max);
        expect(cut.length, `${max}`).toBeLessThanOrEqual(max);
        expect(lone.test(cut), `${JSON.stringify(cut)} at ${max}`).toBe(false);
        expect(text.startsWith(cut.replace(/…$/, '')), `${max}`).toBe(true);
      }
    }
    expect(fitText('👍🏽👍🏽👍🏽', 5)).toBe('👍🏽…');
  });

  it('cuts at a word boundary and marks the cut', () => {
    expect(fitText('alpha beta gamma delta', 13)).toBe('alpha beta…');
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('keeps every part of an oversized reply within its limit, and the total within 6000', () => {
    const card: Card = {
      tone: 'answer',
      title: words(100),
      description: words(2000),
      quote: 'The verbatim quote stays whole.',
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${words(60)}`, value: words(400) })),
      footer: words(600),
    };
    const reply: Reply = { cards: [card, card, card], rows: [], ephemeral: false };
    const { embeds } = toDiscord(reply);
    let total = 0;
    for (const e of embeds) {
      expect(e.title?.length).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      total +=
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.total);
    expect(total).toBeGreaterThan(LIMITS.total - 200);
    expect(embeds[0]?.title).toMatch(/ word\d+…$/);
    expect(embeds[0]?.description).toMatch(/ word\d+…\n\n> The verbatim quote stays whole\.$/);
    expect(embeds[0]?.fields?.length).toBeGreaterThan(0);
  });

  it('keeps components within their limits: 5 rows of 5, labels of 80, options of 100', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({
      kind: 'button' as const,
      id: `cp1:passage:e${i}`,
      label: words(40),
    }));
    const { components } = toDiscord({ cards: [], rows: Array.from({ length: 7 }, () => buttons), ephemeral: true });
    expect(components).toHaveLength(5);
    for (const row of components) {
      expect(row.components).toHaveLength(5);
      for (const c of row.components) expect('label' in c && (c.label?.length ?? 0) <= 80).toBe(true);
    }
  });

  it('property: any text fits, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9000 }), fc.string({ maxLength: 400 }), (text, title) => {
        const { embeds } = toDiscord({
          cards: [{ tone: 'notice', title, description: text, footer: text }],
          rows: [],
          ephemeral: true,
        });
        const [e] = embeds;
        expect((e?.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
        expect((e?.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
      }),
      { numRuns: 200 },
    );
  });
});
