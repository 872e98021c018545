/**
 * What the router needs from the services: one handler per contract channel, receiving the request
 * already validated against the contract. Implemented by `electron/services/handlers.ts`.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';

export type Handlers = {
  [C in InvokeChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};
