import { readFileSync } from "node:fs";

/** The SDL, read once: the API serves it and codegen types both sides from it. */
export const typeDefs = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
