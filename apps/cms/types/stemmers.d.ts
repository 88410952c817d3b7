// Types for the search's Snowball stemmers (src/search/language.ts). @orama/stemmers ships its
// own, behind package "exports" that Strapi's tsconfig (moduleResolution "Node") does not read;
// wink-porter2-stemmer ships none.
declare module "@orama/stemmers/spanish" {
  export function stemmer(word: string): string;
}
declare module "@orama/stemmers/french" {
  export function stemmer(word: string): string;
}
declare module "wink-porter2-stemmer" {
  const stem: (word: string) => string;
  export default stem;
}
