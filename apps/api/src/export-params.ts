import { typeDefs } from "@cchc/schema";
import { buildSchema, type GraphQLEnumType } from "graphql";
import { badInput, MESSAGES } from "./errors";

let enums: Map<string, Set<string>> | undefined;
/** The values of the schema's enums (IndexCode, Period, ActivityDimension), read once. */
function enumValues(name: string): Set<string> {
  if (!enums) {
    const schema = buildSchema(typeDefs);
    enums = new Map(
      ["IndexCode", "Period", "ActivityDimension"].map((n) => [
        n,
        new Set((schema.getType(n) as GraphQLEnumType).getValues().map((v) => v.name)),
      ]),
    );
  }
  return enums.get(name)!;
}

const MAX_PARAM = 20_000;

/**
 * Checks the query parameters of /export/* the way GraphQL checks arguments,
 * before a service sees them: no NUL character, no value over 20,000
 * characters, years and ranges as 4-digit years, and enum values (index,
 * period, groupBy) from the schema. Throws a 400 BAD_USER_INPUT error naming
 * the parameter; what the services check themselves (ids, dates, filter
 * JSON) is left to them.
 */
export function checkExportParams(q: URLSearchParams): void {
  for (const [key, value] of q) {
    if (key.includes("\u0000") || value.includes("\u0000")) throw badInput(MESSAGES.NUL(`Tham số ${key}`), key);
    if (value.length > MAX_PARAM) throw badInput(`Tham số ${key} dài quá ${MAX_PARAM} ký tự (BAD_USER_INPUT)`, key);
  }
  for (const key of ["year", "from", "to"]) {
    const value = q.get(key);
    if (value !== null && value !== "" && !/^(19|20|21)\d\d$/.test(value))
      throw badInput(`Tham số ${key} phải là năm (4 chữ số), nhận "${value.slice(0, 40)}" (BAD_USER_INPUT)`, key);
  }
  const oneOf = (key: string, type: string, value: string | null) => {
    if (value !== null && value !== "" && !enumValues(type).has(value))
      throw badInput(
        `Tham số ${key} phải là một trong ${[...enumValues(type)].join(", ")}, nhận "${value.slice(0, 40)}" (BAD_USER_INPUT)`,
        key,
      );
  };
  oneOf("index", "IndexCode", q.get("index"));
  oneOf("period", "Period", q.get("period"));
  for (const d of (q.get("groupBy") ?? "").split(",").filter(Boolean)) oneOf("groupBy", "ActivityDimension", d);
}
