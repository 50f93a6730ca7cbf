/**
 * The byte sink new sheets are written into: numbers come out as String gives them, text as
 * xmlText escapes it, in UTF-8, whether a piece is copied byte by byte or written whole.
 */
import { ByteSink } from "../../../src/io/xlsx/write/byteSink";
import { xmlText } from "../../../src/io/xlsx/write/xmlText";
import { seeded } from "../../helpers/seeded";

function written(write: (sink: ByteSink) => void, expected = 16): string {
  const sink = new ByteSink(expected);
  write(sink);
  return sink.bytes().toString("utf8");
}

describe("number", () => {
  test("writes what String writes, for scores, integers, tiny, huge and inexact values", () => {
    const fixed = [0, -0, 1, -7, 100, 99.99, 82.645, 4.35, 1.005, 0.5, 0.05, 0.000001, 0.0000015, 1e-7, 5e-7, 0.1 + 0.2, 9.999999, 123456789.123456, 999999999.999999, 999999999.9999999, 1e9, 2 ** 53, 1e21, 1.5e-7, -0.001];
    const random = seeded(7);
    const values = [...fixed];
    for (let i = 0; i < 20000; i++) {
      const places = Math.floor(random() * 9);
      const size = 10 ** (Math.floor(random() * 13) - 3);
      const decimal = Math.round(random() * size * 10 ** places) / 10 ** places;
      values.push(decimal, -decimal, random() * size, decimal * 1.0000001);
    }
    const wrong = values.filter((value) => written((sink) => sink.number(value)) !== String(value));
    expect(wrong).toEqual([]);
  });
});

describe("xmlText", () => {
  const texts = ["plain", 'a & <b> "c" \'d\'', "carriage\r\nreturn\ttab", "\u0001bell\u001F\uFFFE\uFFFF", "Sémarang ✓ 𝔸 & <x>", "ASCII first, then é & \u0002", "\uD800 lone", "=IF(A1>=80,\"AA\",\"B\")", ""];

  test("escapes as xmlText does, ASCII and any other character, in UTF-8", () => {
    for (const text of texts) expect(written((sink) => sink.xmlText(text), 1)).toBe(Buffer.from(xmlText(text), "utf8").toString("utf8"));
  });

  test("from a given place, the text before it left out", () => {
    expect(written((sink) => sink.xmlText("=SUM(A1:A9)&\"é\"", 1))).toBe("SUM(A1:A9)&amp;&quot;é&quot;");
  });

  test("grows past the size it was made with, keeping what was written", () => {
    const long = "x&".repeat(5000);
    expect(written((sink) => {
      sink.ascii("<a>");
      sink.xmlText(long);
      sink.digits(42);
      sink.number(3.25);
    }, 1)).toBe(`<a>${xmlText(long)}423.25`);
  });
});

describe("drain", () => {
  /** What a sink of `size` bytes gives its drain, piece by piece, and what it holds at the end. */
  function drained(size: number, write: (sink: ByteSink) => void): { pieces: string[]; rest: string } {
    const pieces: string[] = [];
    const sink = new ByteSink(size, (bytes) => pieces.push(bytes.toString("latin1")));
    write(sink);
    return { pieces, rest: sink.bytes().toString("latin1") };
  }
  const writeAll = (sink: ByteSink) => {
    for (let i = 0; i < 2000; i++) {
      sink.ascii('<c r="A');
      sink.digits(i);
      sink.ascii('"><v>');
      sink.number(i / 8);
      sink.ascii("</v></c>");
    }
    sink.xmlText("é & ".repeat(3000));
    sink.write("<end/>");
  };

  test("gives what is written in pieces no larger than the sink, and the pieces and the rest are all of it, in order", () => {
    const { pieces, rest } = drained(4096, writeAll);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((piece) => piece.length > 0 && piece.length <= 4096)).toBe(true);
    expect(Buffer.from(pieces.join("") + rest, "latin1").toString("utf8")).toBe(written(writeAll, 1 << 20));
  });

  test("a piece of text larger than the sink still comes out whole", () => {
    const long = "x".repeat(10000);
    const { pieces, rest } = drained(4096, (sink) => {
      sink.ascii("<a>");
      sink.ascii(long);
      sink.ascii("</a>");
    });
    expect(pieces.join("") + rest).toBe(`<a>${long}</a>`);
  });
});
