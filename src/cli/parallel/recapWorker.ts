/**
 * A reading thread of `lke summary` (bundled as dist/node/recapWorker.js): reads the workbooks
 * it is handed, one at a time, and answers with what the recap keeps of each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readForRecap } from "../readForRecap";
import { failureReply, recapReply, type RecapReply } from "./recapReply";
import type { RecapWork } from "./readAllForRecap";
import type { PoolReply, PoolRequest } from "./workerPool";
import type { InputFile } from "../files/inputs";

const { options, inputKeys } = workerData as RecapWork;
const keys = new Set(inputKeys);

parentPort?.on("message", ({ index, item }: PoolRequest<InputFile>) => {
  readForRecap(item, options, keys)
    .then(recapReply, failureReply)
    .then((reply) => {
      const answer: PoolReply<RecapReply> = { index, reply };
      parentPort?.postMessage(answer);
    });
});
