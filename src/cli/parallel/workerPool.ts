/**
 * Items handed to worker threads, one at a time to whichever is free, each worker reading one
 * workbook at a time; the replies come back in the items' order. A worker that fails outside
 * its own reply (it crashed, or ran out of memory) fails the run: that is LKE's fault, never
 * a file's.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";

/** What the main thread sends: the item's place and the item. */
export interface PoolRequest<I> {
  index: number;
  item: I;
}

/** What a worker answers for one item. */
export interface PoolReply<R> {
  index: number;
  reply: R;
}

export async function inWorkers<I, R>(script: string, workerData: unknown, items: readonly I[], jobs: number, resourceLimits?: ResourceLimits): Promise<R[]> {
  const replies: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      if (items.length === 0) return resolve();
      const feed = (worker: Worker) => {
        if (next < items.length) {
          const request: PoolRequest<I> = { index: next, item: items[next++] };
          worker.postMessage(request);
        }
      };
      for (let j = 0; j < Math.min(jobs, items.length); j++) {
        const worker = new Worker(script, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
        workers.push(worker);
        worker.on("message", ({ index, reply }: PoolReply<R>) => {
          replies[index] = reply;
          if (++done === items.length) resolve();
          else feed(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < items.length) reject(new Error(`A reading thread stopped (exit code ${code}) before its work was done.`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return replies;
}
