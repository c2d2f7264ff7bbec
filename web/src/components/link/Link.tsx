// Next's <Link> without prefetching: every page here is rendered per request from the graph, so
// prefetching the links in view would cost one gateway request per link for pages never opened.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
