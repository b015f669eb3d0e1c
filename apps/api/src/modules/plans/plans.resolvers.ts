import { requiring } from "../../auth";
import type { MutationResolvers, Resolvers } from "../../generated/resolvers-types";
import { findPlan, listForms, listPlans, listTopics } from "./plans.service";
import { updatePlan } from "./plan-writes.service";
import { planProgress } from "./progress.service";
import { listReportEdits, saveReportEdits } from "./report-edits.service";
import { orientationReport } from "./report.service";
import { copyPlan, planTargets, setPlanTargets } from "./targets.service";

/** Rows a loader found (codes come from the same database, so none is missing). */
const present = <T>(xs: (T | Error | null | undefined)[]): T[] =>
  xs.filter((x): x is T => x != null && !(x instanceof Error));

export const plansResolvers: Resolvers = {
  Query: {
    plans: (_, __, { db }) => listPlans(db),
    plan: (_, args, { db }) => findPlan(db, args),
    forms: (_, __, { db }) => listForms(db),
    topics: (_, __, { db }) => listTopics(db),
    planProgress: (_, args, { db }) => planProgress(db, args),
    orientationReport: (_, args, { db, loaders, subjects, catalogue }) =>
      orientationReport(db, args, { loaders, subjects, catalogue }),
  },
  Mutation: requiring<MutationResolvers>("editor", {
    updatePlan: (_, { id, input }, { db, actor }) => updatePlan(db, id, input, actor),
    setPlanTargets: (_, { plan, targets }, { db, actor }) => setPlanTargets(db, plan, targets, actor),
    copyPlan: (_, args, { db, actor }) => copyPlan(db, args, actor),
    saveReportEdits: (_, args, { db, actor }) => saveReportEdits(db, args, actor),
  }),
  Plan: {
    id: (p) => String(p.id),
    issuer: async (p, _, { loaders }) => (await loaders.organisation.load(p.issuerCode))!,
    topics: (p, _, { loaders }) => loaders.planTopics.load(p.id),
    forms: (p, _, { loaders }) => loaders.planForms.load(p.id),
    responsibilities: (p, _, { loaders }) => loaders.planResponsibilities.load(p.id),
    units: async (p, _, { loaders }) => (await loaders.planUnits.load(p.id)).map((r) => r.unit),
    targets: (p, _, { db }) => planTargets(db, p.id),
  },
  PlanTarget: {
    form: async (x, _, { loaders }) => (await loaders.form.load(x.formCode))!,
    unit: (x, _, { loaders }) => (x.organisationCode ? loaders.organisation.load(x.organisationCode) : null),
  },
  OrientationReport: { edits: (r, _, { db }) => listReportEdits(db, r.planId, r.year) },
  ProposedTarget: { form: async (x, _, { loaders }) => (await loaders.form.load(x.formCode))! },
  PlanProgressRow: {
    unit: (r, _, { loaders }) => (r.unit ? loaders.organisation.load(r.unit) : null),
    form: (r, _, { loaders }) => (r.form ? loaders.form.load(r.form) : null),
  },
  PlanProgress: {
    topicsWithoutActivity: async (p, _, { loaders }) =>
      present(await loaders.topic.loadMany(p.topicCodesWithoutActivity)),
    unitsIdleThisQuarter: async (p, _, { loaders }) =>
      present(await loaders.organisation.loadMany(p.unitCodesIdleThisQuarter)),
  },
  PlanTopic: { topic: async (pt, _, { loaders }) => (await loaders.topic.load(pt.topicCode))! },
  PlanForm: { form: async (pf, _, { loaders }) => (await loaders.form.load(pf.formCode))! },
  PlanResponsibility: {
    // Deprecated: the plan duty under its old name.
    role: (r) => r.duty,
    organisation: (r, _, { loaders }) => (r.organisationCode ? loaders.organisation.load(r.organisationCode) : null),
  },
  Topic: {
    parent: (tp, _, { loaders }) => (tp.parentCode ? loaders.topic.load(tp.parentCode) : null),
    linkedComponents: async (tp, _, { loaders }) =>
      (await loaders.linkedComponents.load(tp.code)).map((l) => l.component),
  },
};
