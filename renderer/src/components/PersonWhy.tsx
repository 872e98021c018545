/**
 * Why a person is where they are, in sentences (shared/engine/explain.ts): the ring and the rhythm behind
 * it, what depth is made of, give and take, the closeness rating, a pinned ring, the rhythm and status,
 * the end of imported data, planned meetings. The same words as `tiefgang stats --explain`.
 */
import { useTranslation } from 'react-i18next';
import { explainPerson } from '../../../shared/engine/explain';
import type { PersonResult } from '../../../shared/engine/types';

interface Props {
  result: PersonResult;
  closeness?: number | undefined;
  closenessBlend: number;
  /** Heading level of the title ("Why here"), or none when the surroundings already say it. */
  title?: 'h3' | 'h4' | false;
}

export function PersonWhy({ result, closeness, closenessBlend, title = 'h3' }: Props) {
  const { t } = useTranslation('people');
  const lines = explainPerson((key, options) => t(key, options) as string, result, {
    closeness: closeness ?? null,
    closenessBlend,
  });
  const Title = title || undefined;
  return (
    <section className="person-why" data-person={result.id}>
      {Title && <Title className="person-why-title">{t('people:why.title')}</Title>}
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
