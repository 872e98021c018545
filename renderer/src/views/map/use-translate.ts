/** `t` as the plain (key, options) → string function the scene renderers take. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../scene/text';

export function useTranslate(): Translate {
  const { t } = useTranslation();
  return useCallback(
    (key: string, options?: Record<string, unknown>) => t(key, options ?? {}) as string,
    [t],
  );
}
