/**
 * Zoom in, zoom out and fit to screen, in the corner of the map (as map applications have them), so the
 * toolbar keeps one row for what changes the picture. Keyboard: the same as +, − and F on the map.
 */
import { useTranslation } from 'react-i18next';

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

export function MapZoomControls({ onZoomIn, onZoomOut, onFit }: Props) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form's fieldset
    <div className="map-zoom" role="group" aria-label={t('map:zoom.label')}>
      <button
        type="button"
        className="map-zoom-button"
        onClick={onZoomIn}
        aria-label={t('map:zoom.in')}
        title={t('map:zoom.in')}
      >
        +
      </button>
      <button
        type="button"
        className="map-zoom-button"
        onClick={onZoomOut}
        aria-label={t('map:zoom.out')}
        title={t('map:zoom.out')}
      >
        −
      </button>
      <button type="button" className="map-zoom-button" onClick={onFit}>
        {t('map:toolbar.fit')}
      </button>
    </div>
  );
}
