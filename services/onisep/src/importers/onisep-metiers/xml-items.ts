import { ImportFormatError, fileProgress, openDecoded, type EncodingOption, type ProgressSink } from "@prisme/common";
import { SaxesParser } from "saxes";
import { fieldKey } from "../../common/text";
import type { SourceRecord } from "../source-file";

/**
 * Streams a flat Onisep XML export (<root><item><field>text</field>…</item>…</root>) into
 * records. Any XML error, including a file cut short, refuses the file as a whole.
 */
export async function readXmlItems(path: string, progress: ProgressSink, label: string, encoding?: EncodingOption): Promise<SourceRecord[]> {
  const decoded = await openDecoded(path, { xml: true, encoding });
  const meter = fileProgress(path, decoded.bytes, progress, label);
  const parser = new SaxesParser();
  const records: SourceRecord[] = [];
  let depth = 0;
  let item: Record<string, string> | null = null;
  let field: string | null = null;
  let text = "";
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    depth += 1;
    if (depth === 2) item = {};
    else if (depth === 3) {
      field = fieldKey(tag.name);
      text = "";
    }
  });
  parser.on("text", (value) => {
    if (field) text += value;
  });
  parser.on("cdata", (value) => {
    if (field) text += value;
  });
  parser.on("closetag", () => {
    if (depth === 3 && item && field) item[field] = text.trim();
    if (depth === 3) field = null;
    if (depth === 2 && item) {
      records.push({ where: `item ${records.length + 1}`, fields: item });
      meter.record();
      item = null;
    }
    depth -= 1;
  });
  try {
    for await (const chunk of decoded.text) {
      parser.write(chunk);
      if (failure) break;
    }
    if (!failure) parser.close();
  } finally {
    decoded.bytes.destroy();
  }
  if (failure) throw new ImportFormatError(path, `not a well-formed XML export (${(failure as Error).message.split("\n")[0]})`);
  meter.done();
  return records;
}
