import type en from "../../messages/en.json";
import type { routing } from "./routing";

// Typed translation keys: a missing or misspelled key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof en;
  }
}
