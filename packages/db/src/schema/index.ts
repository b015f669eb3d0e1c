export * from "./activities";
export * from "./geo";
export * from "./imports";
export * from "./indices";
export * from "./organisations";
export * from "./plans";
export * from "./access";
export * from "./rollups";
