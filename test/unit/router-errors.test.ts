// The router's error handling, with handlers written inline so every failure mode can be provoked.
// (router.test.ts runs every channel through the real services and a real store.)
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../electron/errors';
import type { Handlers } from '../../electron/ipc/handlers';
import { createRouter, type Logger } from '../../electron/ipc/router';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';

const NOW = '2026-03-01T10:00:00.000Z';
const person = {
  id: 'p1',
  displayName: 'Ada Lovelace',
  emails: [],
  phones: [],
  urls: [],
  tags: [],
  contexts: [],
  kind: 'other' as const,
  notes: '',
  createdAt: NOW,
  updatedAt: NOW,
  archived: false,
};

/** Every handler fails loudly unless the test replaces it: a call that should not happen is visible. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = {} as Record<string, unknown>;
  for (const channel of INVOKE_CHANNELS) {
    all[channel] = async () => {
      throw new Error(`unexpected call to ${channel}`);
    };
  }
  return { ...(all as Handlers), ...overrides };
}

function recordingLogger(): Logger & { entries: Array<[string, unknown]> } {
  const entries: Array<[string, unknown]> = [];
  return { entries, error: (message, error) => entries.push([message, error]) };
}

describe('router', () => {
  it('passes the parsed request to the handler and wraps its answer', async () => {
    const create = vi.fn(async () => person);
    const router = createRouter(handlers({ 'people.create': create }));
    const result = await router.handle('people.create', { displayName: '  Ada Lovelace ', extra: 1 });
    expect(result).toEqual({ ok: true, data: person });
    // zod trimmed the name and stripped the unknown key before the service saw it.
    expect(create).toHaveBeenCalledWith({ displayName: 'Ada Lovelace' });
  });

  it.each([
    ['an unknown name', 'people.hack'],
    ['a prototype key', 'constructor'],
    ['__proto__', '__proto__'],
    ['a number', 42],
    ['undefined', undefined],
    ['an object', { channel: 'people.create' }],
  ])('refuses %s as channel', async (_label, channel) => {
    const result = await createRouter(handlers()).handle(channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('rejects an invalid payload with a readable message and per-field messages, without calling the handler', async () => {
    const create = vi.fn(async () => person);
    const router = createRouter(handlers({ 'people.create': create }));
    const result = await router.handle('people.create', {
      displayName: '   ',
      emails: ['ada@example.org', 'nope'],
    });
    expect(create).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.fields).toEqual({
      displayName: 'name must not be empty',
      'emails.1': 'not a valid e-mail address',
    });
    expect(result.error.message).toBe(
      'displayName: name must not be empty; emails.1: not a valid e-mail address',
    );
  });

  it.each([
    ['null', null],
    ['a string', 'Ada'],
    ['an array', [{ displayName: 'Ada' }]],
    ['undefined', undefined],
  ])('rejects %s as payload', async (_label, payload) => {
    const result = await createRouter(handlers()).handle('people.create', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps whole-request problems in the message (a tie from a person to themselves)', async () => {
    const result = await createRouter(handlers()).handle('ties.create', { a: 'p1', b: 'p1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'a person cannot be tied to themselves', fields: {} },
    });
  });

  it('refuses extra keys where the contract is strict', async () => {
    const result = await createRouter(handlers()).handle('db.snapshot', { everything: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('passes an AppError on with its code, message and fields', async () => {
    const router = createRouter(
      handlers({
        'people.delete': async () => {
          throw new AppError('not-found', 'no person with id p9', { id: 'unknown' });
        },
      }),
    );
    expect(await router.handle('people.delete', { id: 'p9' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no person with id p9', fields: { id: 'unknown' } },
    });
  });

  it.each([
    ['store-locked', 'store-locked'],
    ['store-io', 'store-io'],
    ['store-corrupt', 'store-io'],
  ])('maps a store error with code %s to %s', async (storeCode, ipcCode) => {
    const error = Object.assign(new Error('the disk is full'), { code: storeCode });
    const router = createRouter(
      handlers({
        'people.create': async () => {
          throw error;
        },
      }),
    );
    expect(await router.handle('people.create', { displayName: 'Ada' })).toEqual({
      ok: false,
      error: { code: ipcCode, message: 'the disk is full' },
    });
  });

  it('turns anything else into "internal", logs the stack and never leaks it', async () => {
    const logger = recordingLogger();
    const secret = new TypeError(
      'cannot read properties of undefined (reading "x") at /home/ada/secret/path.ts',
    );
    const router = createRouter(
      handlers({
        'people.create': async () => {
          throw secret;
        },
      }),
      { logger },
    );
    const result = await router.handle('people.create', { displayName: 'Ada' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0]?.[1]).toBe(secret);
  });

  it('treats an fs error code (ENOSPC) as unexpected, not as a store code', async () => {
    const logger = recordingLogger();
    const router = createRouter(
      handlers({
        'people.create': async () => {
          throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
        },
      }),
      { logger },
    );
    expect(await router.handle('people.create', { displayName: 'Ada' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('never throws, even for a thrown non-Error or a payload whose getter throws', async () => {
    const logger = recordingLogger();
    const router = createRouter(
      handlers({
        'people.create': () => {
          throw 'a string, synchronously';
        },
      }),
      { logger },
    );
    await expect(router.handle('people.create', { displayName: 'Ada' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    const hostile = {
      get displayName(): string {
        throw new Error('getter');
      },
    };
    await expect(router.handle('people.create', hostile)).resolves.toMatchObject({ ok: false });
  });

  it('checks responses against the contract when asked to', async () => {
    const logger = recordingLogger();
    const broken = handlers({ 'people.create': async () => ({ ...person, displayName: '' }) });
    const strict = createRouter(broken, { logger, validateResponses: true });
    expect(await strict.handle('people.create', { displayName: 'Ada' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logger.entries[0]?.[0]).toContain('people.create');
    const lenient = createRouter(broken, { logger });
    expect(await lenient.handle('people.create', { displayName: 'Ada' })).toMatchObject({ ok: true });
  });
});
