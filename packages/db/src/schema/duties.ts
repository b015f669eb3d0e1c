/**
 * A unit's plan duty (nhiệm vụ trong kế hoạch): lead (chủ trì), monitor (theo
 * dõi, đôn đốc), implement (thực hiện). Not an access role (`Role`). The one
 * list: the CHECK `plan_responsibilities_duty`, the API's input check and the
 * seed follow it. Kept out of schema/index so it is not a drizzle table.
 */
export const PLAN_DUTIES = ["lead", "monitor", "implement"] as const;
export type PlanDuty = (typeof PLAN_DUTIES)[number];
