export interface Page<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

// Lists are capped at 100 per request by the API; a region's records fit in a few pages.
const MAX_PAGES = 50;

/** Every item of a connection, following `endCursor` until the last page. */
export async function collectPages<Node>(
  fetchPage: (after: string | null) => Promise<Page<Node>>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const page: Page<Node> = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
  return nodes;
}
