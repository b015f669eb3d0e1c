import type { Resolvers } from "../../generated/resolvers-types";
import { findPlan, listForms, listPlans, listTopics } from "./plans.service";

export const plansResolvers: Resolvers = {
  Query: {
    plans: (_, __, { db }) => listPlans(db),
    plan: (_, args, { db }) => findPlan(db, args),
    forms: (_, __, { db }) => listForms(db),
    topics: (_, __, { db }) => listTopics(db),
  },
  Plan: {
    id: (p) => String(p.id),
    issuer: async (p, _, { loaders }) => (await loaders.organisation.load(p.issuerCode))!,
    topics: (p, _, { loaders }) => loaders.planTopics.load(p.id),
    forms: (p, _, { loaders }) => loaders.planForms.load(p.id),
    responsibilities: (p, _, { loaders }) => loaders.planResponsibilities.load(p.id),
    units: (p, _, { loaders }) => loaders.organisationChildren.load(p.issuerCode),
  },
  PlanTopic: { topic: async (pt, _, { loaders }) => (await loaders.topic.load(pt.topicCode))! },
  PlanForm: { form: async (pf, _, { loaders }) => (await loaders.form.load(pf.formCode))! },
  PlanResponsibility: {
    organisation: (r, _, { loaders }) => (r.organisationCode ? loaders.organisation.load(r.organisationCode) : null),
  },
  Topic: {
    parent: (tp, _, { loaders }) => (tp.parentCode ? loaders.topic.load(tp.parentCode) : null),
    linkedComponents: async (tp, _, { loaders }) => (await loaders.linkedComponents.load(tp.code)).map((l) => l.component),
  },
};
