import { SaxesParser, type SaxesTagPlain } from "saxes";
import { fileProgress, ImportFormatError, noProgress, openDecoded, type EncodingOption, type ProgressSink } from "@prisme/common";

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

/** A <formation> as the reader hands it over: its XML text as in the file, and its tree when it was asked for. */
export interface LheoRead {
  /** Position of the formation in the file (1 for the first). */
  index: number;
  /** The LHEO version the file declares (2.2, 2.3). */
  version: string;
  /** Its numero attribute, if any. */
  numero: string | null;
  /** Line of its start tag. */
  line: number;
  /** The formation's XML, exactly as it stands in the file (a slice of the stream: digest it, do not keep it). */
  raw: string;
  /** Its tree, built while reading when `treeFor` said so; else null (parseFormationXml(raw) builds it). */
  node: XmlNode | null;
}

export interface ReadOptions {
  progress?: ProgressSink;
  /** Called for each formation, as soon as it is read (only one is held at a time). */
  onFormation?: (record: LheoRead) => void;
  /**
   * Whether to build the tree of a formation while reading it, asked at its start tag with its
   * numero (default: always). A re-import skips it for the stored formations: most are unchanged,
   * and their digest says so without a tree.
   */
  treeFor?: (numero: string | null) => boolean;
  /** Called after each chunk: the importer flushes its batch here (backpressure). */
  afterChunk?: () => Promise<void>;
  /** The user's --encoding; else the byte order mark, the XML declaration, or strict UTF-8. */
  encoding?: EncodingOption;
  /** Stop once this many formations are read (a second look at the first ones of a file already read whole). */
  stopAfter?: number;
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

/** Builds the tree of the elements it is told about (local names, attributes, trimmed text). */
class TreeBuilder {
  private readonly stack: XmlNode[] = [];
  root: XmlNode | null = null;

  open(tag: SaxesTagPlain, line: number): void {
    const attrs: Record<string, string> = {};
    for (const name in tag.attributes) attrs[localName(name)] = tag.attributes[name]!;
    const node: XmlNode = { name: localName(tag.name), attrs, text: "", children: [], line };
    this.stack[this.stack.length - 1]?.children.push(node);
    if (this.stack.length === 0) this.root = node;
    this.stack.push(node);
  }

  text(text: string): void {
    const current = this.stack[this.stack.length - 1];
    if (current) current.text += text;
  }

  /** Closes the current element; returns the root when it is the one closed. */
  close(): XmlNode | null {
    const node = this.stack.pop();
    if (!node) return null;
    node.text = node.text.trim();
    return this.stack.length === 0 ? node : null;
  }
}

/** The tree of one formation's XML text (as LheoRead.raw gives it); `line` is its start line in the file. */
export function parseFormationXml(raw: string, line: number): XmlNode {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const builder = new TreeBuilder();
  let root: XmlNode | null = null;
  parser.on("opentag", (tag: SaxesTagPlain) => builder.open(tag, line + parser.line - 1));
  parser.on("text", (text) => builder.text(text));
  parser.on("cdata", (text) => builder.text(text));
  parser.on("closetag", () => (root = builder.close() ?? root));
  // A fragment taken from a file the stream parser read whole: its prefixes were declared on the root.
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(raw).close();
  return root!;
}

/**
 * Streams an LHEO file and hands each <formation> over as it is read, with its XML text and, when
 * asked, its tree: only one formation is held at a time, whatever the file size. Throws
 * ImportFormatError when the file is not well-formed XML or not LHEO 2.2/2.3; returns the version
 * and the number of formations.
 */
export async function readLheo(path: string, options: ReadOptions = {}): Promise<{ version: string; formations: number }> {
  const decoded = await openDecoded(path, { xml: true, encoding: options.encoding, highWaterMark: 256 * 1024 });
  const progress = fileProgress(path, decoded.bytes, options.progress ?? noProgress, "lheo");
  // Namespaces are resolved here, on the root only (LHEO declares them there): saxes runs a fifth
  // faster without resolving every element's.
  const parser = new SaxesParser({ xmlns: false, position: true });
  let version: string | null = null;
  let formations = 0;
  let depth = 0;
  let offresDepth = -1;
  let failure: string | null = null;
  // The text read so far, from `bufferStart` on (saxes positions are indexes into the stream's text):
  // what a formation's XML is sliced from, trimmed as formations end.
  let buffer = "";
  let bufferStart = 0;
  let current: { numero: string | null; line: number; start: number; builder: TreeBuilder | null } | null = null;

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
    if (depth === offresDepth + 1) {
      if (local !== "formation") return;
      const numero = tag.attributes.numero ?? null;
      const start = buffer.lastIndexOf("<", parser.position - bufferStart - 1) + bufferStart;
      current = { numero, line: parser.line, start, builder: options.treeFor?.(numero) === false ? null : new TreeBuilder() };
    }
    current?.builder?.open(tag, parser.line);
  });
  const onText = (text: string) => current?.builder?.text(text);
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    if (current && depth > offresDepth) {
      current.builder?.close();
      if (depth === offresDepth + 1) {
        const end = parser.position - bufferStart;
        const raw = buffer.slice(current.start - bufferStart, end);
        formations += 1;
        progress.record();
        options.onFormation?.({ index: formations, version: version!, numero: current.numero, line: current.line, raw, node: current.builder?.root ?? null });
        buffer = buffer.slice(end);
        bufferStart += end;
        current = null;
      }
    }
    depth -= 1;
  });
  parser.on("error", (error) => {
    failure ??= error.message;
  });

  try {
    for await (const chunk of decoded.text) {
      // Outside a formation, only a tag cut by the chunk's end may still be needed.
      if (!current) {
        const keep = buffer.lastIndexOf("<");
        if (keep > 0) {
          buffer = buffer.slice(keep);
          bufferStart += keep;
        }
      }
      buffer += chunk;
      parser.write(chunk);
      if (failure) break;
      if (options.stopAfter !== undefined && formations >= options.stopAfter) return { version: version!, formations };
      await options.afterChunk?.();
    }
    if (!failure) parser.close();
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    failure ??= error instanceof Error ? error.message : String(error);
  } finally {
    decoded.bytes.destroy();
  }
  if (failure) throw new ImportFormatError(path, `not well-formed XML (${failure})`);
  if (!version) throw new ImportFormatError(path, "the file is empty or holds no <lheo> element");
  if (offresDepth < 0) throw new ImportFormatError(path, "no <offres> element under <lheo>");
  if (formations === 0) throw new ImportFormatError(path, "<offres> holds no <formation> (LHEO requires at least one)");
  progress.done();
  return { version, formations };
}
