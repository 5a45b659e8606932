/**
 * The package's main entry (`import { defineConfig } from 'funcspec'`): the typed form of
 * funcspec.config.{json,ts,mjs}. Self-contained (no imports), so its declaration file is too; the
 * JSON form is described by funcspec.config.schema.json, which the loader checks every form against.
 */

/** One OpenAPI document of the package. */
export interface FuncspecSpecConfig {
  /** The document: a path relative to the config file, or an `https://` URL. */
  spec: string;
  /** Its subpath export, e.g. `acme/pets` (default: from `info.title`, e.g. `swagger-petstore`). */
  subpath?: string;
  /** Class name of its client (default: from `info.title`, e.g. `SwaggerPetstoreClient`). */
  client?: string;
}

/** What `funcspec generate` reads from funcspec.config.{json,ts,mjs}. Paths are relative to the config file. */
export interface FuncspecConfig {
  /** For editors, in the JSON form: `./node_modules/funcspec/funcspec.config.schema.json`. */
  $schema?: string;
  /** The output folder (default: `generated`). */
  out?: string;
  /** The generated package's package.json fields. */
  package?: {
    /** npm name (default: `generated-api`). */
    name?: string;
    /** Semantic version (default: `0.0.0`). */
    version?: string;
    description?: string;
  };
  /** The documents, one subpath export each. */
  specs: FuncspecSpecConfig[];
  /**
   * The command the generated README and `generate --check` name for regenerating, e.g.
   * `npm run generate` (default: the `funcspec generate` command line that was run).
   */
  regenerateCommand?: string;
}

/** Returns `config` as it is: it exists so that an editor checks and completes a .ts or .mjs config. */
export function defineConfig(config: FuncspecConfig): FuncspecConfig {
  return config;
}
