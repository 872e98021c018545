// Scene texts are references resolved by the renderer; a parameter may itself be a reference with
// parameters of its own (a ring rhythm outside the standard bands: "about every 14 days").
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n/setup';
import { NO_FILTERS } from '../../../renderer/src/scene/filters';
import { prepareMap, sceneAt } from '../../../renderer/src/scene/map-data';
import { resolveText, type Translate } from '../../../renderer/src/scene/text';
import { KNOWN_AS_OF, knownMapSource } from '../scene-known-network';

function translator(language: 'en' | 'de'): Translate {
  const i18n = createI18n(language);
  return (key, options) => i18n.t(key, options ?? {}) as string;
}

describe('ring labels', () => {
  const scene = sceneAt(prepareMap(knownMapSource()), KNOWN_AS_OF, {
    layout: 'ego',
    colourBy: 'kind',
    showTies: false,
    drift: 0,
    seed: 1,
    filters: NO_FILTERS,
    pins: {},
    ringCadenceDays: [14, 30, 90, 365],
  });

  it('says a rhythm outside the standard bands in days, in both languages', () => {
    const ring1 = scene.rings.find((r) => r.ring === 1)!;
    expect(resolveText(translator('en'), ring1.label)).toBe('Ring 1 · about every 14 days');
    expect(resolveText(translator('de'), ring1.label)).not.toContain('{{');
    expect(resolveText(translator('de'), ring1.label)).toContain('14');
  });

  it('says the standard rhythms in words', () => {
    const ring2 = scene.rings.find((r) => r.ring === 2)!;
    expect(resolveText(translator('en'), ring2.label)).toBe('Ring 2 · about monthly');
  });

  it('puts the same words in the legend', () => {
    const rings = scene.legend.find((e) => e.id === 'rings')!;
    const t = translator('en');
    expect(rings.samples.map((s) => resolveText(t, s.label))).toContain('Ring 1 · about every 14 days');
  });
});
