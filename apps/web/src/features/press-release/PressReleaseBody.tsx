import type { ReactNode } from "react";
import type { BodyBlock, InlineNode, ListBlock } from "@newsroom/content";
import { Picture } from "@/features/site/Picture";

/**
 * Renders Strapi's blocks rich text on the server. Written here rather than with
 * @strapi/blocks-react-renderer because the body is already validated into our own types
 * (the renderer wants its own, which would need a cast) and images must go through
 * next/image and the site's own /uploads route.
 */
function isExternal(url: string): boolean {
  return /^https?:\/\//.test(url);
}

function Inline({ nodes }: { nodes: InlineNode[] }): ReactNode {
  return nodes.map((node, index) => {
    if (node.type === "link") {
      return (
        <a key={index} href={node.url} {...(isExternal(node.url) ? { rel: "noopener" } : {})}>
          <Inline nodes={node.children} />
        </a>
      );
    }
    let content: ReactNode = node.text;
    if (node.code) content = <code>{content}</code>;
    if (node.bold) content = <strong>{content}</strong>;
    if (node.italic) content = <em>{content}</em>;
    if (node.underline) content = <u>{content}</u>;
    if (node.strikethrough) content = <s>{content}</s>;
    return <span key={index}>{content}</span>;
  });
}

function List({ block }: { block: ListBlock }) {
  const items = block.children.map((child, index) =>
    child.type === "list" ? (
      <li key={index}>
        <List block={child} />
      </li>
    ) : (
      <li key={index}>
        <Inline nodes={child.children} />
      </li>
    ),
  );
  return block.format === "ordered" ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** The page title is the only h1, so body headings start at h2. */
function Heading({ level, children }: { level: number; children: ReactNode }) {
  if (level <= 2) return <h2>{children}</h2>;
  return level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

function Block({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <Inline nodes={block.children} />
        </p>
      );
    case "heading":
      return (
        <Heading level={block.level}>
          <Inline nodes={block.children} />
        </Heading>
      );
    case "quote":
      return (
        <blockquote>
          <p>
            <Inline nodes={block.children} />
          </p>
        </blockquote>
      );
    case "code":
      return (
        <pre>
          <code>
            <Inline nodes={block.children} />
          </code>
        </pre>
      );
    case "list":
      return <List block={block} />;
    case "image": {
      const { image } = block;
      return (
        <figure>
          {image.width && image.height ? (
            <Picture
              src={image.url}
              alt={image.alternativeText ?? ""}
              width={image.width}
              height={image.height}
              sizes="(min-width: 768px) 42rem, 100vw"
            />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- size unknown, so no layout to reserve
            <img src={image.url} alt={image.alternativeText ?? ""} loading="lazy" />
          )}
          {image.caption ? <figcaption>{image.caption}</figcaption> : null}
        </figure>
      );
    }
  }
}

export function PressReleaseBody({ blocks }: { blocks: BodyBlock[] }) {
  return (
    <div className="prose-newsroom">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
