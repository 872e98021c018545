// Types of scripts/package-rules.mjs for the unit tests (TypeScript does not read the .mjs itself).
export declare const REQUIRED_ENTRIES: readonly string[];
export declare function productionPackages(root: string): Map<string, string>;
export declare function listFiles(dir: string, base?: string): string[];
export declare function packageOf(file: string): string | null;
export declare function checkAsarFiles(input: {
  asarFiles: string[];
  builtFiles: string[];
  production: Map<string, string>;
  devDependencies: string[];
}): string[];
