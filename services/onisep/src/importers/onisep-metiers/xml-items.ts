import { readXmlItems as readFlatXml, type EncodingOption, type ProgressSink } from "@prisme/common";
import { fieldKey } from "../../common/text";
import type { SourceRecord } from "../source-file";

/** Reads a flat Onisep XML export into records whose fields are keyed like CSV headers (fieldKey). */
export async function readXmlItems(path: string, progress: ProgressSink, label: string, encoding?: EncodingOption): Promise<SourceRecord[]> {
  return (await readFlatXml(path, { progress, label, encoding })).map(({ where, fields }) => ({
    where,
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [fieldKey(name), value])),
  }));
}
