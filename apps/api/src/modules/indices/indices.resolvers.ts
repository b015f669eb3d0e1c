import { requiring } from "../../auth";
import type { MutationResolvers, Resolvers } from "../../generated/resolvers-types";
import { compareSeries, findIndex, indexSeries, listIndices } from "./indices.service";
import { alignment } from "./alignment.service";
import { dataCoverage } from "./coverage.service";
import { figureSource } from "./figure-source";
import { findPeerGroup, listPeerGroups, peerGroupMembers, peerGroupMemberships } from "./peer-groups.service";
import { setPeerGroupMembers } from "./peer-group-writes.service";
import { subjectProfile } from "./profile.service";
import { ranking } from "./ranking.service";

export const indicesResolvers: Resolvers = {
  Query: {
    indices: (_, __, { db }) => listIndices(db),
    index: (_, { code }, { db }) => findIndex(db, code),
    indexSeries: (_, args, { db }) => indexSeries(db, args),
    compareSeries: (_, args, { db }) => compareSeries(db, args),
    peerGroups: (_, __, { db }) => listPeerGroups(db),
    ranking: (_, args, { db, loaders, subjects }) => ranking(db, args, subjects, loaders),
    subjectProfile: (_, args, { db, loaders, subjects, catalogue }) =>
      subjectProfile(db, args, { loaders, subjects, catalogue }),
    alignment: (_, args, { db }) => alignment(db, args),
    dataCoverage: (_, { subject }, { db }) => dataCoverage(db, subject ?? "40"),
  },
  Mutation: requiring<MutationResolvers>("editor", {
    setPeerGroupMembers: (_, args, { db, actor }) => setPeerGroupMembers(db, args, actor),
  }),
  CoverageRow: {
    index: async (r, _, { loaders }) => (await loaders.index.load(r.indexCode))!,
    methodologyVersion: async (r, _, { loaders }) => (await loaders.version.load(r.versionCode))!,
  },
  Alignment: {
    subject: async (a, _, { loaders }) => (await loaders.subject.load(a.subjectCode))!,
    topics: async (a, _, { loaders }) =>
      (await Promise.all(a.topicCodes.map((c) => loaders.topic.load(c)))).filter((x) => x !== null),
    components: async (a, _, { loaders }) =>
      (await Promise.all(a.componentIds.map((c) => loaders.component.load(c)))).filter((x) => x !== null),
  },
  AlignmentComponentYear: {
    component: async (c, _, { loaders }) => (await loaders.component.load(c.componentId))!,
  },
  SubjectSeries: {
    subject: async (s, _, { loaders }) => (await loaders.subject.load(s.subjectCode))!,
  },
  SubjectProfile: {
    subject: async (p, _, { loaders }) => (await loaders.subject.load(p.subjectCode))!,
    peerGroup: async (p, _, { db }) => {
      const group = p.peerGroupCode ? await findPeerGroup(db, p.peerGroupCode) : null;
      return group && { ...group, year: p.year };
    },
  },
  IndexProfile: {
    index: async (p, _, { loaders }) => p.index ?? (await loaders.index.load(p.indexCode))!,
  },
  ProfileFigure: {
    component: (f, _, { loaders }) =>
      f.component !== undefined ? f.component : f.componentId ? loaders.component.load(f.componentId) : null,
    methodologyVersion: (f, _, { loaders }) => (f.versionCode ? loaders.version.load(f.versionCode) : null),
  },
  PeerGroup: {
    members: (g, { year }, { db }) => peerGroupMembers(db, g.code, year ?? g.year),
    memberships: (g, _, { db }) => peerGroupMemberships(db, g.code),
  },
  Ranking: {
    component: (r, _, { loaders }) => (r.componentId ? loaders.component.load(r.componentId) : null),
    methodologyVersion: (r, _, { loaders }) => (r.versionCode ? loaders.version.load(r.versionCode) : null),
  },
  RankingRow: {
    subject: (r, _, { loaders }) => r.subject ?? loaders.subject.load(r.subjectCode).then((s) => s!),
  },
  Index: {
    unit: (i) => i.measureUnit,
    versions: (i, _, { loaders }) => loaders.versionsOfIndex.load(i.code),
    components: async (i, _, { loaders }) =>
      (await loaders.componentsOfIndex.load(i.code)).filter((c) => c.parentId === null),
  },
  IndexComponent: {
    parent: (c, _, { loaders }) => (c.parentId ? loaders.component.load(c.parentId) : null),
    children: (c, _, { loaders }) => loaders.componentChildren.load(c.id),
    versions: (c, _, { loaders }) => loaders.componentVersions.load(c.id),
  },
  ComponentVersion: {
    version: async (cv, _, { loaders }) => (await loaders.version.load(cv.versionCode))!,
  },
  SeriesPoint: {
    methodologyVersion: async (p, _, { loaders }) => (await loaders.version.load(p.versionCode))!,
    source: (p) => figureSource(p),
  },
};
