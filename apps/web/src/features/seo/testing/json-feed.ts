import { z } from "zod";

/** JSON Feed (https://jsonfeed.org/version/1.1), the parts a reader needs, as the spec words them. */
export const jsonFeedSchema = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      title: z.string(),
      content_html: z.string().min(1),
      summary: z.string().optional(),
      image: z.url().optional(),
      date_published: z.iso.datetime(),
      date_modified: z.iso.datetime().optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
});
