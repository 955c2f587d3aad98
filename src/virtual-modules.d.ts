declare module 'virtual:scenario-library' {
  /** Folder (relative to the app's base URL) holding index.json and one <id>.<language>.json per scenario. */
  export const scenarioDataFolder: string;
}
