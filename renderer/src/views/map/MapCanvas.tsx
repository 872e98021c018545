/**
 * The map's two canvases (the scene below, the overlay on top that takes the pointer and the keyboard)
 * and the MapController that draws on them. React hands the controller what to draw; the controller
 * owns zoom, drag, hit testing and fitting, so zooming or hovering never re-renders React.
 */
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Translate } from '../../scene/text';
import type { Scene, SceneNode } from '../../scene/types';
import { MapController } from './map-controller';
import { publishFrame, registerControl } from './test-hook';

interface Props {
  scene: Scene | undefined;
  /** What a fit belongs to: the view is fitted again when this changes, not on every scene. */
  fitKey: string;
  highlight: ReadonlySet<string>;
  selectedId: string | undefined;
  focusId: string | undefined;
  t: Translate;
  meLabel: string;
  label: string;
  /** The data revision and when it arrived (for the test hook's "data to first frame"). */
  data: { revision: number; dataAt: number };
  onController: (controller: MapController | undefined) => void;
  onHover: (node: SceneNode | undefined, at: { x: number; y: number } | undefined) => void;
  onSelect: (id: string | undefined) => void;
  onDrop: (id: string, x: number, y: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLCanvasElement>) => void;
}

export function MapCanvas(props: Props) {
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const sceneRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const [controller, setController] = useState<MapController>();
  /** The scene and fit key last handed over: a re-render with an older scene never takes a newer one back. */
  const handed = useRef<{ scene: Scene | undefined; fitKey: string }>({ scene: undefined, fitKey: '' });

  useEffect(() => {
    if (!overlayRef.current || !sceneRef.current) return;
    const c = new MapController(overlayRef.current, sceneRef.current, {
      hover: (node, at) => latest.current.onHover(node, at),
      select: (id) => latest.current.onSelect(id),
      drop: (id, x, y) => latest.current.onDrop(id, x, y),
      frame: (frame) => publishFrame(frame, latest.current.data),
    });
    setController(c);
    latest.current.onController(c);
    registerControl({
      setTransform: (k, x, y) => c.setTransform(k, x, y),
      centreOn: (id) => c.centreOn(id, false),
      fit: () => c.fit(false),
      screenPoint: (id) => c.screenPoint(id),
      hover: (id) =>
        c.hover(id ? latest.current.scene?.nodes.find((n) => n.id === id) : undefined, undefined),
    });
    return () => {
      latest.current.onController(undefined);
      c.dispose();
    };
  }, []);

  // In the commit of a new scene or state, so that the frame is asked for in the same task.
  useLayoutEffect(() => {
    if (!controller) return;
    controller.setTexts(props.t, props.meLabel);
    controller.setHighlight(props.highlight);
    controller.setInteraction({ selectedId: props.selectedId, focusId: props.focusId });
    const last = handed.current;
    if (props.scene && (props.scene !== last.scene || props.fitKey !== last.fitKey)) {
      controller.setScene(props.scene, props.fitKey);
      handed.current = { scene: props.scene, fitKey: props.fitKey };
    }
  });

  return (
    <div className="map-canvas-stack">
      {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: the canvas is the map's keyboard target; "application" lets arrow keys reach it */}
      <canvas
        ref={overlayRef}
        className="map-canvas"
        tabIndex={0}
        // Screen readers pass arrow keys through to an application, so they can walk the map.
        role="application"
        aria-label={props.label}
        aria-describedby="map-keyboard-help"
        data-visible={props.scene?.stats.visible ?? 0}
        data-total={props.scene?.stats.total ?? 0}
        data-layout={props.scene?.layout}
        data-as-of={props.scene?.asOf}
        onKeyDown={props.onKeyDown}
      />
      <canvas ref={sceneRef} className="map-scene-canvas" />
    </div>
  );
}
