import { paragraphs } from "./html-text";

describe("LHEO texts that may hold HTML", () => {
  it("keeps the text as paragraphs, never the markup", () => {
    expect(paragraphs("<p>Maîtriser <b>HTML</b>&nbsp;et CSS</p><ul><li>Projet 1</li><li>Projet&#160;2</li></ul>")).toEqual(["Maîtriser HTML et CSS", "Projet 1", "Projet 2"]);
    expect(paragraphs('Ligne 1<br/>Ligne 2<script>alert("x")</script><img src=x onerror=alert(1)>')).toEqual(["Ligne 1", "Ligne 2"]);
    expect(paragraphs("Prix &lt; 100 &euro;")).toEqual(["Prix < 100 &euro;"]);
    expect(paragraphs(null)).toEqual([]);
  });
});
