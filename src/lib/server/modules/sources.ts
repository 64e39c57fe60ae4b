import natoRussiaMissions2021 from './nato-russia-missions-2021/module.json?raw';

/**
 * Every built-in module, as the canonical JSON text of its `module.json` (the format every module is
 * stored and imported in; see docs/module-format.md). Add a module's folder here to ship it.
 */
export const builtinModuleFiles: readonly { file: string; text: string }[] = [
	{ file: 'nato-russia-missions-2021/module.json', text: natoRussiaMissions2021 }
];
