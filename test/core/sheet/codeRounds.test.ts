import { CodeRounds } from "../../../src/core/sheet/codeRounds";

test("a code is new once per round", () => {
  const rounds = new CodeRounds();
  rounds.startRound();
  expect([rounds.firstUse("1"), rounds.firstUse("1.a"), rounds.firstUse("1")]).toEqual([true, true, false]);
  rounds.startRound();
  expect([rounds.firstUse("1"), rounds.firstUse("1")]).toEqual([true, false]);
});

test("past its limit the table starts afresh between rounds, and still tells repeats", () => {
  const rounds = new CodeRounds(2);
  rounds.startRound();
  for (const code of ["1", "2", "3"]) expect(rounds.firstUse(code)).toBe(true);
  rounds.startRound();
  expect([rounds.firstUse("3"), rounds.firstUse("4"), rounds.firstUse("3")]).toEqual([true, true, false]);
});
