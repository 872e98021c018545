/**
 * The print channels: print the window's print pages to a printer, save them as PDF, export
 * the map as SVG or PNG. Only the desktop shell can do these (a printer, a save dialog); elsewhere they
 * answer `forbidden`.
 */
import { z } from 'zod';
import { PaperSize } from '../../print/options';

/** A file name to suggest in the save dialog: a name, never a path. */
const FileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..',
    'must be a file name, not a path',
  );

export const PrintJob = z.object({ paper: PaperSize, landscape: z.boolean() });
export type PrintJob = z.infer<typeof PrintJob>;

export const PdfJob = PrintJob.extend({ fileName: FileName });
export type PdfJob = z.infer<typeof PdfJob>;

/** An SVG or PNG made in the window (the PNG at 300 dpi), as base64. */
export const ExportJob = z.object({
  format: z.enum(['svg', 'png']),
  fileName: FileName,
  base64: z
    .string()
    .max(200_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});
export type ExportJob = z.infer<typeof ExportJob>;

export const Printed = z.object({ printed: z.boolean() });
export const Saved = z.object({ saved: z.boolean(), path: z.string().optional() });
export type Saved = z.infer<typeof Saved>;
