/** A batch worker thread: runs the command of its `workerData` on each page the batch runner posts to it. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PageInput } from './inputs';
import { type JobSpec, runJob } from './jobs';

const spec = workerData as JobSpec;
parentPort!.on('message', async (input: PageInput) => {
  parentPort!.postMessage(await runJob(spec, input));
});
