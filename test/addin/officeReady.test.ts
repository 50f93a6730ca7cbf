/** The pane says Office.js did not start instead of loading for ever: the decision, with the clock given. */
import { officeReadiness, officeReadyLimitMs } from "../../src/addin/taskpane/officeReady";

function clock() {
  let fire: (() => void) | null = null;
  const asked: number[] = [];
  return {
    asked,
    wait: (ms: number) => {
      asked.push(ms);
      return new Promise<void>((resolve) => (fire = resolve));
    },
    elapse: () => fire?.(),
  };
}

test("office.js did not load at all: missing, without waiting", async () => {
  const time = clock();
  expect(await officeReadiness(undefined, time.wait)).toBe("missing");
  expect(time.asked).toEqual([]);
});

test("Office.onReady in time: ready", async () => {
  const time = clock();
  expect(await officeReadiness({ onReady: () => Promise.resolve({}) }, time.wait)).toBe("ready");
  expect(time.asked).toEqual([officeReadyLimitMs]);
});

test("Office.onReady never calls back: timeout once the limit has passed", async () => {
  const time = clock();
  const result = officeReadiness({ onReady: () => new Promise(() => undefined) }, time.wait);
  time.elapse();
  expect(await result).toBe("timeout");
  expect(officeReadyLimitMs).toBeLessThanOrEqual(5000);
});

test("Office.onReady fails: missing", async () => {
  const time = clock();
  expect(await officeReadiness({ onReady: () => Promise.reject(new Error("blocked")) }, time.wait)).toBe("missing");
});
