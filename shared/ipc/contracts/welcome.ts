/** The first run: the sample network. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { CalendarDate } from '../../domain/schema';

export const SampleRequest = z.object({ locale: z.enum(['de', 'en']), today: CalendarDate });

export const SampleResult = z.object({ people: z.number().int(), encounters: z.number().int() });
