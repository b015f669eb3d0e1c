import type { Resolvers } from "../../generated/resolvers-types";
import { unitsDay } from "@cchc/db";
import { badInput } from "../../errors";
import { provinceEras } from "./eras.service";
import { listOrganisations, listProvinces } from "./geo.service";

export const geoResolvers: Resolvers = {
  Query: {
    provinces: (_, { validOn, year }, { db }) => {
      if (year != null && (!Number.isInteger(year) || year < 2000 || year > 2100))
        throw badInput(`Năm phải từ 2000 đến 2100, nhận được ${year} (BAD_USER_INPUT)`, "year");
      return listProvinces(db, year != null ? unitsDay(year) : (validOn ?? undefined));
    },
    provinceEras: (_, __, { db }) => provinceEras(db),
    subject: (_, { code }, { loaders }) => loaders.subject.load(code),
    organisations: (_, __, { db }) => listOrganisations(db),
  },
  Province: {
    region: async (p, _, { loaders }) => (await loaders.region.load(p.regionCode))!,
    successor: async (p, _, { loaders }) => {
      const link = await loaders.successor.load(p.code);
      return link ? loaders.province.load(link.newCode) : null;
    },
  },
  Subject: {
    region: (s, _, { loaders }) =>
      s.region !== undefined ? s.region : s.regionCode ? loaders.region.load(s.regionCode) : null,
  },
  Organisation: {
    parent: (o, _, { loaders }) => (o.parentCode ? loaders.organisation.load(o.parentCode) : null),
    children: (o, _, { loaders }) => loaders.organisationChildren.load(o.code),
  },
};
