export { type Correlation, fractionalRanks, spearman } from "./spearman";
export * from "./impact/index";
