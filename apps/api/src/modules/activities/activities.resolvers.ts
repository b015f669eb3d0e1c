import type { MutationResolvers, Resolvers } from "../../generated/resolvers-types";
import { requiring } from "../../auth";
import { activityStats, listActivities } from "./activities.service";
import { createActivity, deleteActivity, setTopicComponents, updateActivity } from "./activity-writes.service";

export const activitiesResolvers: Resolvers = {
  Query: {
    activities: (_, args, { db }) => listActivities(db, args),
    activityStats: (_, args, { db }) => activityStats(db, args),
  },
  Mutation: requiring<MutationResolvers>("editor", {
    createActivity: (_, { input }, { db, actor }) => createActivity(db, input, actor),
    updateActivity: (_, { id, input }, { db, actor }) => updateActivity(db, id, input, actor),
    deleteActivity: (_, { id }, { db, actor }) => deleteActivity(db, id, actor),
    setTopicComponents: (_, { topic, components }, { db, actor }) => setTopicComponents(db, topic, components, actor),
  }),
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
