import type { LheoDictionary } from "./lheo.dictionaries";
import type { XmlNode } from "./lheo.reader";

/** Why one formation is rejected; the importer reports it with the formation's numero. */
export class LheoRecordError extends Error {}

/** Something of a formation kept as the feed gives it though it could not be read (a code no dictionary knows). */
export interface LheoWarning {
  line: number;
  element: string;
  reason: string;
}

/** Navigation helpers over one formation's tree, with the checks the LHEO definition requires. */
export class NodeReader {
  constructor(
    readonly node: XmlNode,
    readonly path: string,
    /** Shared by every reader of one formation: what the import reports beside the record. */
    readonly warnings: LheoWarning[] = [],
  ) {}

  /** A reader of a descendant node, sharing this formation's warnings. */
  child(node: XmlNode): NodeReader {
    return new NodeReader(node, `${this.path}/${node.name}`, this.warnings);
  }

  all(name: string): NodeReader[] {
    return this.node.children.filter((c) => c.name === name).map((c) => this.child(c));
  }

  one(name: string): NodeReader | null {
    const found = this.all(name);
    if (found.length > 1) this.fail(`<${name}> appears ${found.length} times in <${this.node.name}>, at most once allowed`);
    return found[0] ?? null;
  }

  required(name: string): NodeReader {
    const found = this.one(name);
    if (!found) this.fail(`<${this.node.name}> lacks the required <${name}>`);
    return found;
  }

  /** Text of an optional child, checked against the length limits of the definition. */
  text(name: string, max = 3000, min = 0): string | null {
    const child = this.one(name);
    if (!child) return null;
    const value = child.node.text;
    if (value.length < min || value.length > max) this.fail(`<${name}> must hold ${min} to ${max} characters (found ${value.length})`);
    return value;
  }

  requiredText(name: string, max = 3000, min = 1): string {
    this.required(name);
    return this.text(name, max, min)!;
  }

  /**
   * The value of a dictionary-coded child (e.g. dict-boolean). A code its dictionary does not know
   * (a newer version of the language, a producer's own) does not reject the offer, as the best feed
   * consumers do: it is kept as given, and a warning says where.
   */
  code(name: string, dictionary: LheoDictionary, required: boolean): string | null {
    const value = required ? this.requiredText(name, 10) : this.text(name, 10);
    if (value === null) return null;
    if (!(value in dictionary.libelles)) this.warn(name, `"${value}" is not a code of ${dictionary.name} (${Object.keys(dictionary.libelles).join(", ")}): kept as given`);
    return value;
  }

  /** Notes something of a child kept as given though it could not be read; the record is imported. */
  warn(element: string, reason: string): void {
    const child = this.node.children.find((c) => c.name === element);
    this.warnings.push({ line: child?.line ?? this.node.line, element, reason });
  }

  /** The texts of repeated children, checked for their number and length. */
  texts(name: string, maxCount: number, length?: [number, number]): string[] {
    const values = this.all(name).map((c) => c.node.text);
    if (maxCount > 0 && values.length > maxCount) this.fail(`<${name}> appears ${values.length} times in <${this.node.name}>, at most ${maxCount} allowed`);
    if (length) {
      const bad = values.find((v) => v.length < length[0] || v.length > length[1]);
      if (bad !== undefined) this.fail(`<${name}> "${bad}" must hold ${length[0] === length[1] ? length[0] : `${length[0]} to ${length[1]}`} characters`);
    }
    return values;
  }

  attr(name: string): string | null {
    return this.node.attrs[name] ?? null;
  }

  fail(reason: string): never {
    throw new LheoRecordError(`${reason} (line ${this.node.line})`);
  }
}
