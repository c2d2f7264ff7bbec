import { QUIZ_QUESTIONS } from "./quiz.model";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../context";
import { onisep } from "../definition";

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep);
});
afterAll(() => service.dispose());

const ANSWER = `query($r: [ReponseQuizInput!]!) {
  resultatQuizMetiers(reponses: $r) {
    profil { code score }
    metiers(first: 5) { totalCount nodes { score metier { id libelle } raisons { interet critere points } } }
  }
}`;

type Result = { resultatQuizMetiers: { profil: { code: string; score: number }[]; metiers: { totalCount: number; nodes: { score: number; metier: { id: string }; raisons: { interet: string }[] }[] } } };

const all = (option: string, questions: string[]) => questions.map((question) => ({ question, option }));

describe("Quiz Métiers", () => {
  let questions: string[];
  it("serves the default questions stored in the database", async () => {
    const { body } = await graphql<{ quizMetiers: { interets: { code: string }[]; questions: { totalCount: number; nodes: { id: string; options: { code: string }[] }[] } } }>(
      service.url,
      `{ quizMetiers { interets { code } questions(first: 50) { totalCount nodes { id options { code } } } } }`,
    );
    expect(body.data!.quizMetiers.interets.map((i) => i.code)).toEqual(["R", "I", "A", "S", "E", "C"]);
    expect(body.data!.quizMetiers.questions.totalCount).toBe(8);
    questions = body.data!.quizMetiers.questions.nodes.map((q) => q.id);
    expect(await service.models.db.collection(QUIZ_QUESTIONS).countDocuments()).toBe(8);
  });

  it("ranks caring métiers first for caring answers, with the reasons, the same way every time", async () => {
    // option "c"/"d" of each question leans to the Social interest in the default set
    const reponses = [
      { question: "Q01", option: "d" }, { question: "Q02", option: "a" }, { question: "Q03", option: "d" }, { question: "Q04", option: "c" },
      { question: "Q05", option: "c" }, { question: "Q06", option: "c" }, { question: "Q07", option: "c" }, { question: "Q08", option: "d" },
    ];
    const first = await graphql<Result>(service.url, ANSWER, { r: reponses });
    expect(first.body.errors).toBeUndefined();
    const result = first.body.data!.resultatQuizMetiers;
    const social = result.profil.find((p) => p.code === "S")!;
    expect(social.score).toBe(Math.max(...result.profil.map((p) => p.score)));
    expect(result.metiers.nodes.slice(0, 3).map((n) => n.metier.id)).toEqual(expect.arrayContaining(["MET.38", "MET.561"]));
    expect(result.metiers.nodes[0].raisons.map((r) => r.interet)).toContain("S");
    const again = await graphql<Result>(service.url, ANSWER, { r: reponses });
    expect(again.body).toEqual(first.body);
    // The former mutation still answers the same, for one release (deprecated).
    const mutation = await graphql<{ repondreQuizMetiers: Result["resultatQuizMetiers"] }>(service.url, ANSWER.replace("query(", "mutation(").replace("resultatQuizMetiers(", "repondreQuizMetiers("), { r: reponses });
    expect(mutation.body.data!.repondreQuizMetiers).toEqual(result);
  });

  it("says which answer is wrong: unknown question, unknown option, missing answers", async () => {
    const unknown = await graphql(service.url, ANSWER, { r: [...all("a", questions), { question: "Q99", option: "a" }] });
    expect(unknown.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Unknown question "Q99"'), extensions: { code: "BAD_USER_INPUT" } });
    const option = await graphql(service.url, ANSWER, { r: [{ question: "Q01", option: "z" }] });
    expect(option.body.errors?.[0].message).toBe('Question Q01 has no option "z": choose one of a, b, c, d.');
    const missing = await graphql(service.url, ANSWER, { r: all("a", questions.slice(0, 6)) });
    expect(missing.body.errors?.[0].message).toBe("Missing answer(s) to question(s) Q07, Q08: every question needs one answer.");
  });
});
