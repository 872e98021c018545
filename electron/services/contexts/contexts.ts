/** Contexts: draft operations and store glue. Names are unique (ignoring case and accents). */
import type { Context, Database } from '../../../shared/domain/schema';
import type { ContextDraft } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { matchKey } from '../lookup';
import { buildContext } from '../records/context';

export function addContext(db: Database, draft: ContextDraft, deps: ServiceDeps = defaultDeps): Context {
  const context = buildContext(draft, deps.newId(), stamp(deps));
  const key = matchKey(context.name);
  const clash = db.contexts.find((c) => matchKey(c.name) === key);
  if (clash) {
    throw new AppError('conflict', `a context named "${clash.name}" exists already`, {
      name: 'already exists',
    });
  }
  db.contexts.push(context);
  return context;
}
