export * from "./content-types";
export * from "./press-releases";
export * from "./text";
export * from "./guards";
export * from "./env";
export * from "./subscriptions";
export * from "./embargo";
