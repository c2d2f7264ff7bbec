export { compose, type Composition } from "./compose";
export { subgraphs, type SubgraphEntry } from "./subgraphs";
