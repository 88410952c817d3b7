import type { StrapiApp } from "@strapi/strapi/admin";
import type { DocumentActionComponent, HeaderActionComponent, PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useAuth } from "@strapi/strapi/admin";
import { PRESS_RELEASE, SUPER_ADMIN } from "./newsroom/constants";
import { AlertsPanel } from "./newsroom/alerts";
import { EmbargoPanel } from "./newsroom/embargo";
import { PublishingPanel, newsroomPublish, ViewOnSiteAction } from "./newsroom/publishing";
import { compactListDates, LIST_COLUMNS_HOOK } from "./newsroom/list-view";
import { LanguagesPanel } from "./newsroom/languages";
import { LiveSlug } from "./newsroom/live-slug";
import { MainPhotoPanel } from "./newsroom/main-photo";
import { SaveAndPreviewPanel } from "./newsroom/save-and-preview";
import { NewReleaseDefaults } from "./newsroom/new-release-defaults";
import { translations } from "./newsroom/translations";
import { withdrawInsteadOfUnpublish } from "./newsroom/withdraw";

/** The content manager's documented extension points (Strapi 5 "Content Manager APIs"). */
interface ContentManagerApis {
  addDocumentAction(reducer: (actions: DocumentActionComponent[]) => DocumentActionComponent[]): void;
  addDocumentHeaderAction(reducer: (actions: HeaderActionComponent[]) => HeaderActionComponent[]): void;
  addEditViewSidePanel(reducer: (panels: PanelComponent[]) => PanelComponent[]): void;
}

function isContentManagerApis(value: unknown): value is ContentManagerApis {
  return (
    typeof value === "object" &&
    value !== null &&
    ["addDocumentAction", "addDocumentHeaderAction", "addEditViewSidePanel"].every((name) => typeof Reflect.get(value, name) === "function")
  );
}

/**
 * "Edit the model" and "Configure the view" lead Editors and Authors to permission errors:
 * only the super admin, who may use them, sees them.
 */
function forDevelopersOnly(Action: DocumentActionComponent): DocumentActionComponent {
  const Guarded: DocumentActionComponent = (props) => {
    const roles = useAuth("NewsroomDeveloperActions", (auth) => auth.user?.roles ?? []);
    const description = Action(props);
    return roles.some((role) => role.code === SUPER_ADMIN) ? description : null;
  };
  Guarded.type = Action.type;
  Guarded.position = Action.position;
  return Guarded;
}

/**
 * Strapi's "new Media Library" banner, with a link to its blog, tops every screen until it is
 * closed: news for developers, not for communications staff. It is stored as closed, as the
 * banner's own close button does (its key: the feature flag state and the project's uuid,
 * which package.json turns off).
 */
function closeStrapiMediaLibraryBanner(): void {
  for (const legacy of [true, false])
    for (const scope of ["false", "undefined"])
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${String(legacy)}:${scope}`, "true");
}

/**
 * The Content Manager opens on its first content type in alphabetical order (Countries);
 * editors come for press releases, so the main menu's link goes straight to their list.
 * (Its index route cannot be told otherwise: it sorts by display name.)
 */
function openContentManagerOnPressReleases(app: StrapiApp): void {
  const link = app.router.menu.find((item) => item.to.replace(/^\//, "") === "content-manager");
  if (!link) throw new Error("Strapi's main menu no longer has the Content Manager link");
  link.to = `/content-manager/collection-types/${PRESS_RELEASE}`;
}

export default {
  config: {
    locales: ["es", "fr"],
    // Strapi's own tutorials and release notes call out to the network.
    tutorials: false,
    notifications: { releases: false },
    translations,
  },
  // register gets the whole app (its router's menu); bootstrap only a few of its methods.
  register(app: StrapiApp) {
    openContentManagerOnPressReleases(app);
  },
  bootstrap(app: Pick<StrapiApp, "getPlugin" | "registerHook">) {
    closeStrapiMediaLibraryBanner();
    app.registerHook(LIST_COLUMNS_HOOK, compactListDates);
    const apis: unknown = app.getPlugin("content-manager").apis;
    if (!isContentManagerApis(apis)) throw new Error("Strapi's content manager no longer offers its document action APIs");
    apis.addDocumentAction((actions) =>
      actions.map((action) => {
        if (action.type === "unpublish") return withdrawInsteadOfUnpublish(action);
        if (action.type === "publish") return newsroomPublish(action);
        if (action.type === "edit-the-model" || action.type === "configure-the-view") return forDevelopersOnly(action);
        return action;
      }),
    );
    apis.addDocumentHeaderAction((actions) => [ViewOnSiteAction, ...actions]);
    apis.addEditViewSidePanel((panels) => [
      NewReleaseDefaults,
      LiveSlug,
      PublishingPanel,
      SaveAndPreviewPanel,
      MainPhotoPanel,
      LanguagesPanel,
      EmbargoPanel,
      AlertsPanel,
      ...panels,
    ]);
  },
};
