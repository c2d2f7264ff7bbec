import { createReadStream } from "node:fs";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { fileProgress, ImportFormatError, noProgress, type ProgressSink } from "@prisme/common";

/** The LHEO namespaces this importer reads, by version. */
export const LHEO_NAMESPACES: Readonly<Record<string, string>> = {
  "http://www.lheo.org/2.2": "2.2",
  "http://lheo.gouv.fr/2.3": "2.3",
};

/** One XML element of a formation, reduced to what the mapper needs (local names, text, children). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

export interface LheoRecord {
  /** Position of the formation in the file (1 for the first). */
  index: number;
  node: XmlNode;
  /** The LHEO version the file declares (2.2, 2.3). */
  version: string;
}

export interface ReadOptions {
  progress?: ProgressSink;
  /** Called for each formation, as soon as it is read (only one is held at a time). */
  onFormation?: (record: LheoRecord) => void;
  /** Called after each chunk: the importer flushes its batch here (backpressure). */
  afterChunk?: () => Promise<void>;
}

/**
 * A copy of a string that does not keep the parser's chunk alive. The strings the parser hands over
 * are slices of the 256 KB chunk they were read from (V8 shares the chunk's memory): whoever keeps
 * one beyond the record (a numero in a map) must keep a copy (59 MB of heap for 5,000 numeros else).
 */
export const detached = (text: string): string => (text.length < 13 ? text : Buffer.from(text, "utf8").toString("utf8"));

/** The local part of a qualified XML name (lheo:formation → formation). */
const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams an LHEO file and hands each <formation> over as a small tree: only one formation is
 * held at a time, whatever the file size. Throws ImportFormatError when the file is not
 * well-formed XML or not LHEO 2.2/2.3; returns the version and the number of formations.
 */
export async function readLheo(path: string, options: ReadOptions = {}): Promise<{ version: string; formations: number }> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  const progress = fileProgress(path, stream, options.progress ?? noProgress, "lheo");
  // Namespaces are resolved here, on the root only (LHEO declares them there): saxes runs a fifth
  // faster without resolving every element's.
  const parser = new SaxesParser({ xmlns: false, position: true });
  let version: string | null = null;
  let formations = 0;
  let depth = 0;
  let offresDepth = -1;
  const stack: XmlNode[] = [];
  let failure: string | null = null;

  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth += 1;
    const local = localName(tag.name);
    if (depth === 1) {
      const colon = tag.name.indexOf(":");
      const uri = tag.attributes[colon < 0 ? "xmlns" : `xmlns:${tag.name.slice(0, colon)}`] ?? "";
      version = LHEO_NAMESPACES[uri] ?? null;
      if (local !== "lheo" || !version) {
        throw new ImportFormatError(path, `the root element is <${tag.name}> in namespace "${uri || "(none)"}"; expected <lheo> in ${Object.keys(LHEO_NAMESPACES).join(" or ")}`);
      }
      return;
    }
    if (depth === 2 && local === "offres") offresDepth = depth;
    if (offresDepth < 0 || depth <= offresDepth) return;
    if (depth === offresDepth + 1 && local !== "formation") return;
    const attrs: Record<string, string> = {};
    for (const name in tag.attributes) attrs[localName(name)] = tag.attributes[name]!;
    const node: XmlNode = { name: local, attrs, text: "", children: [], line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    if (offresDepth > 0 && depth > offresDepth && stack.length) {
      const node = stack.pop()!;
      node.text = node.text.trim();
      if (stack.length === 0) {
        formations += 1;
        progress.record();
        options.onFormation?.({ index: formations, node, version: version! });
      }
    }
    depth -= 1;
  });
  parser.on("error", (error) => {
    failure ??= error.message;
  });

  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(chunk);
      if (failure) break;
      await options.afterChunk?.();
    }
    if (!failure) parser.close();
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    failure ??= error instanceof Error ? error.message : String(error);
  } finally {
    stream.destroy();
  }
  if (failure) throw new ImportFormatError(path, `not well-formed XML (${failure})`);
  if (!version) throw new ImportFormatError(path, "the file is empty or holds no <lheo> element");
  if (offresDepth < 0) throw new ImportFormatError(path, "no <offres> element under <lheo>");
  if (formations === 0) throw new ImportFormatError(path, "<offres> holds no <formation> (LHEO requires at least one)");
  progress.done();
  return { version, formations };
}
