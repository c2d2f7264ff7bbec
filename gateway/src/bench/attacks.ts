/** The abusive requests the bench sends while normal traffic flows, each with the refusal it expects. */
export interface Attack {
  name: string;
  body: string;
  expected: string;
}

const depthBomb = () => {
  const levels = 300;
  return `{ metier(id: "MET.1") { ${"voisins { nodes { ".repeat(levels)}id${" } }".repeat(levels)} } }`;
};

const aliasFlood = () => `{ ${Array.from({ length: 1_500 }, (_, i) => `a${i}: __typename`).join(" ")} }`;

/** The four attacks of the acceptance criteria (and a fifth: a 100,000-element variable). */
export function attacks(): Attack[] {
  return [
    { name: "depth bomb (300 levels)", body: JSON.stringify({ query: depthBomb() }), expected: "QUERY_TOO_DEEP" },
    { name: "alias flood (1,500 aliases)", body: JSON.stringify({ query: aliasFlood() }), expected: "TOO_MANY_ALIASES" },
    { name: "5 MB query", body: JSON.stringify({ query: `{ ${"metiers { totalCount } ".repeat(220_000)} }` }), expected: "REQUEST_TOO_LARGE" },
    { name: "100,000-element list (first: 100000)", body: JSON.stringify({ query: "{ metiers(first: 100000) { nodes { id libelle } } }" }), expected: "PAGE_TOO_LARGE" },
    {
      name: "100,000-element list variable",
      body: JSON.stringify({ query: "query($ids: [ID!]) { metiers { totalCount } }", variables: { ids: Array.from({ length: 100_000 }, (_, i) => `MET.${i}`) } }),
      expected: "REQUEST_TOO_LARGE",
    },
  ];
}
