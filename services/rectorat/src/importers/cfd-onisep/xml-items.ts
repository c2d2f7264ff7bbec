import { createReadStream } from "node:fs";
import { fileProgress, ImportFormatError, type ProgressSink } from "@prisme/common";
import { SaxesParser } from "saxes";

/** One `<item>` of a flat Onisep export: its child elements' texts, by element name. */
export interface ItemXml {
  /** "item N", counting from 1. */
  where: string;
  champs: Record<string, string>;
}

/**
 * Streams the items of a flat XML export (`<root><item><champ>texte</champ>…</item>…</root>`, as
 * Onisep publishes its open data), a chunk at a time. Any XML error, a file cut short included,
 * refuses the file as a whole, quoting only the parser's short message.
 */
export async function* lireItemsXml(path: string, progress: ProgressSink, label: string): AsyncGenerator<ItemXml> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const meter = fileProgress(path, stream, progress, label);
  const parser = new SaxesParser();
  const prets: ItemXml[] = [];
  let lus = 0;
  let profondeur = 0;
  let item: Record<string, string> | null = null;
  let champ: string | null = null;
  let texte = "";
  let erreur: Error | null = null;
  parser.on("error", (e) => {
    erreur ??= e;
  });
  parser.on("opentag", (tag) => {
    profondeur += 1;
    if (profondeur === 2) item = {};
    else if (profondeur === 3) [champ, texte] = [tag.name, ""];
  });
  const ajouter = (t: string) => {
    if (champ) texte += t;
  };
  parser.on("text", ajouter);
  parser.on("cdata", ajouter);
  parser.on("closetag", () => {
    if (profondeur === 3 && item && champ) item[champ] = texte.trim();
    if (profondeur === 3) champ = null;
    if (profondeur === 2 && item) {
      prets.push({ where: `item ${(lus += 1)}`, champs: item });
      meter.record();
      item = null;
    }
    profondeur -= 1;
  });
  const refus = (e: Error) => new ImportFormatError(path, `not a well-formed XML export (${e.message.split("\n")[0]!.slice(0, 200)})`);
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (erreur) throw refus(erreur);
      yield* prets.splice(0);
    }
    parser.close();
    if (erreur) throw refus(erreur);
    yield* prets.splice(0);
  } finally {
    stream.destroy();
  }
  meter.done();
}
