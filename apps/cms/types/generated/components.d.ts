import type { Schema, Struct } from "@strapi/strapi";

export interface MediaHeroImage extends Struct.ComponentSchema {
  collectionName: "components_media_hero_images";
  info: {
    description: "The main photo of a press release, with its alt text, caption and credit.";
    displayName: "Hero image";
    icon: "picture";
  };
  attributes: {
    altText: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    caption: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    image: Schema.Attribute.Media<"images"> & Schema.Attribute.Required;
  };
}

export interface NavigationMenuItem extends Struct.ComponentSchema {
  collectionName: "components_navigation_menu_items";
  info: {
    description: "A top-level menu entry: a link, or a group that opens its sub-items.";
    displayName: "Menu item";
    icon: "bulletList";
  };
  attributes: {
    children: Schema.Attribute.Component<"navigation.menu-link", true>;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    externalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    internalPath: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    pressRelease: Schema.Attribute.Relation<"oneToOne", "api::press-release.press-release">;
    targetType: Schema.Attribute.Enumeration<["page", "list", "press-release", "external", "none"]> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<"none">;
  };
}

export interface NavigationMenuLink extends Struct.ComponentSchema {
  collectionName: "components_navigation_menu_links";
  info: {
    description: "A second-level menu entry.";
    displayName: "Menu link";
    icon: "link";
  };
  attributes: {
    externalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    internalPath: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    pressRelease: Schema.Attribute.Relation<"oneToOne", "api::press-release.press-release">;
    targetType: Schema.Attribute.Enumeration<["page", "list", "press-release", "external"]> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<"external">;
  };
}

export interface SharedOrganization extends Struct.ComponentSchema {
  collectionName: "components_shared_organizations";
  info: {
    description: "Who publishes the newsroom, for structured data and the footer.";
    displayName: "Organization";
    icon: "house";
  };
  attributes: {
    address: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    alternateName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    telephone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: "components_shared_seos";
  info: {
    description: "How the page appears in search engines and when shared.";
    displayName: "SEO";
    icon: "search";
  };
  attributes: {
    canonicalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    shareImage: Schema.Attribute.Media<"images">;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: "components_shared_social_links";
  info: {
    description: "A profile of the organisation on a social network.";
    displayName: "Social link";
    icon: "link";
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    network: Schema.Attribute.Enumeration<["x", "facebook", "linkedin", "instagram", "youtube", "flickr", "tiktok", "other"]> &
      Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module "@strapi/strapi" {
  export namespace Public {
    export interface ComponentSchemas {
      "media.hero-image": MediaHeroImage;
      "navigation.menu-item": NavigationMenuItem;
      "navigation.menu-link": NavigationMenuLink;
      "shared.organization": SharedOrganization;
      "shared.seo": SharedSeo;
      "shared.social-link": SharedSocialLink;
    }
  }
}
