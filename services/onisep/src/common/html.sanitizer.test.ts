import { sanitizedHtml } from "./html.sanitizer";

describe("sanitizedHtml", () => {
  it("keeps basic formatting, lists and links, and removes scripts, handlers, styles and other schemes", () => {
    const published =
      '<p class="ez">Le <b>CAP</b> se pr&eacute;pare en 2 ans<sup>e</sup>.</p><script>alert(1)</script><ul><li onclick="x()">un</li></ul>' +
      '<a href="https://www.onisep.fr/x" target="_blank">fiche</a><a href="javascript:alert(1)">piège</a><img src="x.png" onerror="y()"><div style="color:red">texte</div>';
    expect(sanitizedHtml(published)).toBe(
      '<p>Le <b>CAP</b> se prépare en 2 ans<sup>e</sup>.</p><ul><li>un</li></ul><a href="https://www.onisep.fr/x" rel="noopener noreferrer">fiche</a><a rel="noopener noreferrer">piège</a>texte',
    );
  });

  it("gives null for nothing left", () => {
    expect(sanitizedHtml("<p> </p><script>x</script>")).toBeNull();
    expect(sanitizedHtml(null)).toBeNull();
  });
});
