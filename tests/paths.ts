/** Where the tests find the repository's files, whatever folder a test sits in. */
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const SEEDS_DIR = resolve(REPO_ROOT, 'seeds');
export const CORPUS_DIR = resolve(REPO_ROOT, 'tests', 'corpus');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures');
