import { createHash } from 'node:crypto';

/**
 * The hash that names a stored version of a module: SHA-256, in hex, of its canonical JSON text
 * (`serializeModule`). Equal content gives an equal hash, so an exported module re-imports to the
 * same version.
 */
export function versionHash(serialized: string): string {
	return createHash('sha256').update(serialized, 'utf8').digest('hex');
}
