import type { Resolvers } from "../../generated/resolvers-types";
import { activityStats, listActivities } from "./activities.service";

export const activitiesResolvers: Resolvers = {
  Query: {
    activities: (_, args, { db }) => listActivities(db, args),
    activityStats: (_, args, { db }) => activityStats(db, args),
  },
  Activity: {
    id: (a) => String(a.id),
    plan: (a, _, { loaders }) => (a.planId ? loaders.plan.load(a.planId) : null),
    unit: async (a, _, { loaders }) => (await loaders.organisation.load(a.organisationCode))!,
    form: async (a, _, { loaders }) => (await loaders.form.load(a.formCode))!,
    topics: async (a, _, { loaders }) => {
      const links = await loaders.activityTopics.load(a.id);
      const topics = await Promise.all(links.map((l) => loaders.topic.load(l.topicCode)));
      return topics.filter((x) => x !== null);
    },
  },
};
