/** Settings and the weekly plan. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { ModelParams } from '../../domain/model-params';
import { Language, OneLine, Plan } from '../../domain/schema';

export const SettingsPatch = z.object({
  ownerName: OneLine().max(200).optional(),
  language: Language.optional(),
  model: ModelParams.optional(),
  backups: z.object({ keep: z.number().int().min(0).max(365) }).optional(),
  /** The owner's own addresses, numbers and country code: "me" in chat, call and mail exports. */
  ownerEmails: z.array(OneLine().trim().max(320)).max(50).optional(),
  ownerPhones: z.array(OneLine().trim().max(64)).max(50).optional(),
  phoneCountryCode: z
    .string()
    .regex(/^\+[1-9]\d{0,3}$/, 'a country code like +43')
    .optional(),
});

export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const PlanRequest = Plan;
