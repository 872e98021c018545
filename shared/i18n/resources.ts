/**
 * Every visible string of the app and the CLI, in English and German, by namespace.
 * Each namespace lives in its own file per language so features can add strings without touching
 * each other; German files are typed against English (`satisfies`) and a test compares their keys.
 */
import deAgenda from './locales/de/agenda';
import deApp from './locales/de/app';
import deCli from './locales/de/cli';
import deCommon from './locales/de/common';
import deDashboard from './locales/de/dashboard';
import deDataMove from './locales/de/dataMove';
import deEncryption from './locales/de/encryption';
import deEngine from './locales/de/engine';
import deErrors from './locales/de/errors';
import deHistory from './locales/de/history';
import deImport from './locales/de/import';
import deMap from './locales/de/map';
import deMenu from './locales/de/menu';
import dePeople from './locales/de/people';
import dePlan from './locales/de/plan';
import dePrint from './locales/de/print';
import deQuickLog from './locales/de/quickLog';
import deReview from './locales/de/review';
import deSettings from './locales/de/settings';
import deShell from './locales/de/shell';
import deStorage from './locales/de/storage';
import deWelcome from './locales/de/welcome';
import enAgenda from './locales/en/agenda';
import enApp from './locales/en/app';
import enCli from './locales/en/cli';
import enCommon from './locales/en/common';
import enDashboard from './locales/en/dashboard';
import enDataMove from './locales/en/dataMove';
import enEncryption from './locales/en/encryption';
import enEngine from './locales/en/engine';
import enErrors from './locales/en/errors';
import enHistory from './locales/en/history';
import enImport from './locales/en/import';
import enMap from './locales/en/map';
import enMenu from './locales/en/menu';
import enPeople from './locales/en/people';
import enPlan from './locales/en/plan';
import enPrint from './locales/en/print';
import enQuickLog from './locales/en/quickLog';
import enReview from './locales/en/review';
import enSettings from './locales/en/settings';
import enShell from './locales/en/shell';
import enStorage from './locales/en/storage';
import enWelcome from './locales/en/welcome';

export const resources = {
  en: {
    agenda: enAgenda,
    app: enApp,
    cli: enCli,
    common: enCommon,
    dataMove: enDataMove,
    encryption: enEncryption,
    engine: enEngine,
    errors: enErrors,
    import: enImport,
    map: enMap,
    menu: enMenu,
    print: enPrint,
    shell: enShell,
    dashboard: enDashboard,
    history: enHistory,
    people: enPeople,
    plan: enPlan,
    quickLog: enQuickLog,
    review: enReview,
    settings: enSettings,
    welcome: enWelcome,
    storage: enStorage,
  },
  de: {
    agenda: deAgenda,
    app: deApp,
    cli: deCli,
    common: deCommon,
    dataMove: deDataMove,
    encryption: deEncryption,
    engine: deEngine,
    errors: deErrors,
    import: deImport,
    map: deMap,
    menu: deMenu,
    print: dePrint,
    shell: deShell,
    dashboard: deDashboard,
    history: deHistory,
    people: dePeople,
    plan: dePlan,
    quickLog: deQuickLog,
    review: deReview,
    settings: deSettings,
    welcome: deWelcome,
    storage: deStorage,
  },
} as const;

export type Locale = keyof typeof resources;
export const LOCALES = Object.keys(resources) as Locale[];
export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];

/** Picks the app language for a BCP-47 tag such as `de-AT`: German for any `de-*`, else English. */
export function localeFor(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
