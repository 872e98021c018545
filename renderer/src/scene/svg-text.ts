/**
 * Text in SVG markup: the one escape for text and attribute values, scene and print pages alike. Names
 * may hold anything (an old file, an import): markup is escaped and the characters XML forbids dropped
 * (shared/text/xml-safe.ts).
 */
import { escapeXml } from '../../../shared/text/xml-safe';

export const esc = escapeXml;
