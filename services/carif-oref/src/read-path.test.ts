import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkReadPath, operationsOf, sharedData, startTestService, type Samples, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "./context";
import { carifOref } from "./definition";
import { writeFeed } from "./generator/feed.generator";
import { loadReferentiels } from "./generator/referentiels";
import { importCertifInfo } from "./importers/certif-info/certif-info.importer";
import { importFormacode } from "./importers/formacode/formacode.importer";
import { importTableDePassage } from "./importers/table-de-passage/table-de-passage.importer";
import { importLheo } from "./importers/lheo/lheo.importer";
import { importRncp } from "./importers/rncp/rncp.importer";
import { findByIds } from "@prisme/common";
import { OFFRES_RECHERCHE, type OffreEntry } from "./read-model/offre.entry";

jest.setTimeout(300_000);

let service: TestService<CarifOrefModels>;
let samples: Samples;

beforeAll(async () => {
  service = await startTestService(carifOref, { demoData: false });
  // The real referentials and LHEO sample, and 2,000 offers generated from the real ROME, Certif Info and commune files.
  const feed = join(mkdtempSync(join(tmpdir(), "read-path-")), "feed.xml");
  const out = createWriteStream(feed);
  await writeFeed(out, loadReferentiels(sharedData(), ["03", "15", "43", "63"]), { offres: 2000, seed: 5, version: "2.3" });
  await new Promise((resolve) => out.end(resolve));
  await importCertifInfo(service.models, sharedData("carif-oref", "certif_info.csv"));
  await importRncp(service.models, sharedData("carif-oref", "rncp"));
  await importFormacode(service.models, sharedData("carif-oref", "formacode_v8_2003_FCod.csv"));
  await importTableDePassage(service.models, sharedData("onisep", "table_de_passage_codes_certifications_et_formations.xml"));
  await importLheo(service.models, feed, { full: false });
  await importLheo(service.models, sharedData("carif-oref", "lheo", "lheo-schema_exemple-bts-onisep.xml"), { full: false });
  await service.readModel.refresh();
  // Realistic values: the codes of a stored offer (read here by the test, not by a request).
  const [entry] = await findByIds<OffreEntry>(service.models.db.collection(OFFRES_RECHERCHE), ["GEN5-OF-0000010"]);
  if (!entry) throw new Error("GEN5-OF-0000010 has no entry");
  samples = {
    arguments: {
      "Query.offre.id": entry._id,
      "Query.organismeFormation.siret": entry.siretOrganisme,
      "Query.certification.id": "82703",
      "Query.certification.codeRncp": "RNCP37537",
      "Query.certificationParCertifInfo.code": "82703",
      "Query.certificationParRncp.codeRncp": "RNCP37537",
      "Query.formacode.code": "31054",
      champSemantique: "310",
      recherche: "developpeur web",
      texte: "developpeur web",
      codeRome: entry.codesRome[0],
      formacode: entry.formacodes[0] ?? "31054",
      codeRncp: entry.codesRncp[0] ?? "37674",
      certifiante: true,
      modalite: "PRESENTIEL",
      debutApres: "2026-01-01",
      recrutementOuvert: true,
      autourDe: { latitude: 45.7772, longitude: 3.087, rayonKm: 30 },
      proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 30 },
      financeur: "2",
      departement: "63",
      moisDebut: "2027-01",
      first: 5,
    },
    oneOf: { "Query.certification": ["id", "codeRncp"] },
    representations: {
      OffreFormation: { id: entry._id },
      OrganismeFormation: { siret: entry.siretOrganisme },
      Certification: { id: "82703" },
      Metier: { id: "MET.12", codesRome: entry.codesRome },
      Rome: { code: entry.codesRome[0] },
      Commune: { code: entry.codesInsee[0] },
      Etablissement: { uai: "0290076A" },
      Formation: { id: "FOR.1119" },
      Formacode: { code: "31054" },
    },
  };
});
afterAll(() => service.dispose());

describe("read-path rule (carif-oref, real referentials and 2,000 generated offers)", () => {
  it("answers every root and entity field reading the database by _id only, without errors", async () => {
    const operations = operationsOf(await carifOref.buildSchema(), samples);
    expect(operations.length).toBeGreaterThan(30);
    const { violations, errors } = await checkReadPath(service.url, service.connection, operations);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
