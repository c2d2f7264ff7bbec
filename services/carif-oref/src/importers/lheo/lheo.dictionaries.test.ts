import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { sharedData } from "@prisme/testing";
import { DICT_AIS, LHEO_DICTIONARIES } from "./lheo.dictionaries";

/** The dictionaries of the LHEO definition (lheo-gml.xml): per dict, label by key, every key of every entry. */
function definitionDictionaries(path: string): Map<string, Record<string, string>> {
  const dictionaries = new Map<string, Record<string, string>>();
  const parser = new SaxesParser();
  let dict: Record<string, string> | null = null;
  let keys: string[] = [];
  let label: string | null = null;
  parser.on("opentag", (tag) => {
    const attr = (name: string) => String(tag.attributes[name] ?? "");
    if (tag.name === "dict") dictionaries.set(attr("name"), (dict = {}));
    else if (dict && tag.name === "entry") [keys, label] = [[], null];
    else if (dict && tag.name === "key") keys.push(attr("val"));
    else if (dict && tag.name === "value" && label === null) label = attr("val");
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "entry" && dict) for (const key of keys) dict[key] = label ?? "";
    if (tag.name === "dict") dict = null;
  });
  parser.write(readFileSync(path, "utf8")).close();
  return dictionaries;
}

describe("LHEO dictionaries", () => {
  const definition = definitionDictionaries(sharedData("carif-oref", "lheo", "lheo-2.3_definition_lheo-gml.xml"));

  it("know every key of every entry of the LHEO 2.3 definition, with its label", () => {
    expect(definition.size).toBe(19);
    for (const dictionary of LHEO_DICTIONARIES) expect([dictionary.name, dictionary.libelles]).toEqual([dictionary.name, definition.get(dictionary.name)]);
  });

  it("read both keys of the dict-AIS entry « Perfectionnement, élargissement des compétences »", () => {
    expect(DICT_AIS.libelles["2"]).toBe("Perfectionnement, élargissement des compétences");
    expect(DICT_AIS.libelles["3"]).toBe("Perfectionnement, élargissement des compétences");
  });
});
