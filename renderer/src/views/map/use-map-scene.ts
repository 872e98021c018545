/** The scene the map shows now (the side panel reads it to speak of the same picture). */
import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../store/context';
import { mapScenes } from './map-scenes';

export function useMapScene() {
  const scenes = mapScenes(useAppStore());
  return useSyncExternalStore(scenes.state.subscribe, scenes.state.get).scene;
}
