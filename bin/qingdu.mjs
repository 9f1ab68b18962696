#!/usr/bin/env node
// The CLI is TypeScript, run by tsx (installed by `npm ci`): register it, then start the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
