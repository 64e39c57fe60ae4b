/**
 * Older names of the JSON format, kept so that code written against them still reads: the format is
 * `ModuleJson` and `serializeModule` in `module-json.ts`.
 */
import { toModuleJson } from './canonical';
import { MODULE_SCHEMA_VERSION, type ModuleJson } from './types';

/** @deprecated the format's version is `MODULE_SCHEMA_VERSION` (types.ts). */
export const EXPORT_SCHEMA_VERSION = MODULE_SCHEMA_VERSION;
/** @deprecated the format is `ModuleJson` (types.ts, module-json.ts). */
export type ModuleExport = ModuleJson;
/** @deprecated use `toModuleJson`, or `serializeModule` for the canonical text (module-json.ts). */
export const exportModule = toModuleJson;
