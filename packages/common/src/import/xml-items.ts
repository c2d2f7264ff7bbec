import { SaxesParser } from "saxes";
import { openDecoded } from "./decoded-file";
import type { EncodingOption } from "./encoding";
import { excerpt } from "./excerpt";
import { fileProgress, noProgress, type ProgressSink } from "./progress";
import { ImportFormatError } from "./report";

/** One record of a flat XML export: its fields by element name, and where it was. */
export interface XmlItem {
  /** "item 12": its position among the records. */
  where: string;
  fields: Record<string, string>;
}

/**
 * Reads a flat XML export (<root><item><field>text</field>…</item>…</root>, as the Onisep open-data
 * exports are) into records, streaming. Any XML error, including a file cut short, refuses the file
 * as a whole (nothing is returned, so nothing is written).
 */
export async function readXmlItems(path: string, options: { progress?: ProgressSink; label?: string; encoding?: EncodingOption } = {}): Promise<XmlItem[]> {
  const decoded = await openDecoded(path, { xml: true, encoding: options.encoding });
  const meter = fileProgress(path, decoded.bytes, options.progress ?? noProgress, options.label ?? "xml");
  const parser = new SaxesParser();
  const records: XmlItem[] = [];
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
      field = tag.name;
      text = "";
    }
  });
  const onText = (value: string) => {
    if (field) text += value;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
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
  if (failure) throw new ImportFormatError(path, `not a well-formed XML export (${excerpt((failure as Error).message.split("\n")[0] ?? "")})`);
  meter.done();
  return records;
}
