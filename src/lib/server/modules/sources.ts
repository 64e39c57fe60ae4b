import type { ModuleSource } from '$lib/content/types';
import natoRussiaMissions2021 from './nato-russia-missions-2021/module';

/** Every built-in module, as authored. Add a module's folder here to publish it. */
export const moduleSources: readonly ModuleSource[] = [natoRussiaMissions2021];
