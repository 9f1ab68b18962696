/**
 * Many pages in one process: each page's outcome is one line of JSON on stdout (JSON Lines), written as soon as it
 * is ready, in the order pages finish. `--jobs N` runs pages in N worker threads; with 1 they run in this thread,
 * in input order. A page that fails is a line `{"path":…,"error":…}`, and the run goes on.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { type InputItem, type PageInput, sourceFields } from './inputs';
import type { JobSpec } from './jobs';
import type { BatchCounts, Progress } from './progress';

export interface BatchOptions {
  jobs: number;
  output: Writable;
  progress?: Progress | null;
}

export async function runBatch(
  spec: JobSpec,
  inputs: AsyncIterable<InputItem>,
  { jobs, output, progress }: BatchOptions,
): Promise<BatchCounts> {
  const result: BatchCounts = { pages: 0, errors: 0 };
  const emit = async (record: Record<string, unknown>): Promise<void> => {
    result.pages++;
    if ('error' in record) result.errors++;
    progress?.update(result);
    if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
  };
  const pool = jobs > 1 ? new WorkerPool(jobs, spec) : null;
  const run = pool ? (input: PageInput) => pool.run(input) : await inThisThread(spec);
  // Read ahead only as far as the workers can use: memory stays flat however many pages follow.
  const inFlight = pool ? jobs * 2 : 1;
  const running = new Set<Promise<void>>();
  try {
    for await (const item of inputs) {
      if ('error' in item) {
        await emit({ ...sourceFields(item), error: item.error });
        continue;
      }
      const task = run(item).then(emit);
      running.add(task);
      void task.finally(() => running.delete(task));
      if (running.size >= inFlight) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool?.close();
    progress?.finish(result);
  }
  return result;
}

/** Pages run here, one at a time. Only then is the pipeline loaded: with workers, this thread only reads. */
async function inThisThread(spec: JobSpec): Promise<(input: PageInput) => Promise<Record<string, unknown>>> {
  const { runJob } = await import('./jobs');
  return (input) => runJob(spec, input);
}

interface Task {
  input: PageInput;
  done(record: Record<string, unknown>): void;
}

/** Worker threads that each run one page at a time; one that dies is replaced and its page reported as failed. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly spec: JobSpec,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  run(input: PageInput): Promise<Record<string, unknown>> {
    return new Promise((done) => {
      this.queue.push({ input, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()));
  }

  private start(): Worker {
    // The entry registers the TypeScript loader, which worker threads do not inherit, then loads the worker.
    const worker = new Worker(new URL('./batch-worker-entry.mjs', import.meta.url), { workerData: this.spec });
    worker.on('message', (record: Record<string, unknown>) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      task?.done(record);
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error.message));
    worker.on('exit', (code) => this.replace(worker, `the worker stopped (exit code ${code})`));
    return worker;
  }

  private replace(worker: Worker, reason: string): void {
    if (this.closing) return;
    const task = this.busy.get(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (!task && wasIdle === -1) return;
    this.busy.delete(worker);
    if (wasIdle !== -1) this.idle.splice(wasIdle, 1);
    void worker.terminate();
    this.idle.push(this.start());
    task?.done({ ...sourceFields(task.input), error: `unexpected error: ${reason}` });
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      const bytes = ownBuffer(task.input.bytes);
      worker.postMessage({ ...task.input, bytes }, [bytes.buffer as ArrayBuffer]);
    }
  }
}

/** Bytes in an ArrayBuffer of their own, which can be handed to a worker without copying again. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
