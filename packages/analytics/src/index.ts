export * from "./impact/index";
export {
  competitionRank,
  competitionRanks,
  type Description,
  describe,
  mean,
  median,
  percentileOfRank,
  quantileCont,
  sdPop,
  type Values,
  zScores,
} from "./measures";
export { type Correlation, fractionalRanks, spearman } from "./spearman";
