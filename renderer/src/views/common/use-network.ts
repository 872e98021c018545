/** The depth engine's figures for today, computed once per snapshot (pure, shared/engine). */
import { useMemo } from 'react';
import { computeNetwork } from '../../../../shared/engine/index';
import { engineData } from '../../../../shared/engine/input';
import type { NetworkResult, PersonResult } from '../../../../shared/engine/types';
import type { Snapshot } from '../../../../shared/ipc/contract';

export interface Network {
  result: NetworkResult;
  byId: ReadonlyMap<string, PersonResult>;
}

export function useNetwork(snapshot: Snapshot, today: string, timelineMonths = 24): Network {
  return useMemo(() => {
    const result = computeNetwork({ ...engineData(snapshot, timelineMonths), asOf: today });
    return { result, byId: new Map(result.people.map((p) => [p.id, p])) };
  }, [snapshot, today, timelineMonths]);
}
