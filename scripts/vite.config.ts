import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * For the command-line scripts (content:check, content:export): plain Vite with the `$lib` alias, so
 * `?raw` story imports work; without SvelteKit's plugin, whose server-only guard is meant for bundles.
 */
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } }
});
