import { questionCourante, reponsesFromParams, reponsesParam } from "./reponses";

const questions = [
  { id: "Q01", texte: "Un samedi libre…", options: [{ code: "a", libelle: "bricoler" }, { code: "b", libelle: "lire" }] },
  { id: "Q02", texte: "En groupe…", options: [{ code: "a", libelle: "mener" }, { code: "b", libelle: "organiser" }] },
  { id: "Q03", texte: "Matière…", options: [{ code: "a", libelle: "maths" }] },
];

describe("the quiz's answers in the URL", () => {
  it("keeps the known answers, adds the one just given, and asks the first unanswered question", () => {
    const reponses = reponsesFromParams({ r: "Q01.b,Q09.a,Q02.z", question: "Q02", choix: "a" }, questions);
    expect([...reponses]).toEqual([
      ["Q01", "b"],
      ["Q02", "a"],
    ]);
    expect(reponsesParam(reponses, questions)).toBe("Q01.b,Q02.a");
    expect(questionCourante({}, questions, reponses)?.id).toBe("Q03");
  });

  it("shows a question again when asked to, and none once all are answered", () => {
    const toutes = reponsesFromParams({ r: "Q03.a,Q01.a,Q02.b" }, questions);
    expect(questionCourante({}, questions, toutes)).toBeUndefined();
    expect(questionCourante({ revoir: "Q02" }, questions, toutes)?.id).toBe("Q02");
    expect(reponsesParam(toutes, questions)).toBe("Q01.a,Q02.b,Q03.a");
  });
});
