export { type Correlation, fractionalRanks, spearman } from "./spearman";
