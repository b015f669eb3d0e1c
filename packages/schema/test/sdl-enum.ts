import { buildSchema, type GraphQLEnumType } from "graphql";
import { typeDefs } from "../src/index";

const schema = buildSchema(typeDefs);

/** The values of the SDL's enum `name`, sorted. */
export const sdlEnumValues = (name: string): string[] =>
  (schema.getType(name) as GraphQLEnumType)
    .getValues()
    .map((v) => v.name)
    .sort();
