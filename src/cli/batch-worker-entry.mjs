// Worker threads start without the TypeScript loader the CLI runs under: register it, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker.ts');
