// What `runCommand` prints for a recorded paging case (record-awscli-paging.py's input): its
// pager driven by the case's pages, the pages merged (or, for text, printed page by page) and
// formatted. The first request is the one botocore made, which already holds the starting
// token's members and the page size. Used by conformance-awscli-paging.mjs and the tests.

/**
 * `{ printed, calls }`, or `{ error, calls }` when paging or printing stops with an error;
 * `cli` is the built runtime: `@shapekit/cli`, `/output` and `/paging` together.
 */
export async function pagingOutput(c, output, cli) {
  const calls = [];
  const send = (input) => {
    calls.push(structuredClone(input));
    const page = c.pages[calls.length - 1];
    return Promise.resolve(page === undefined ? {} : structuredClone(page));
  };
  const settings = {};
  if (c.maxItems !== undefined) settings.maxItems = c.maxItems;
  if (c.startingToken !== undefined) {
    const read = cli.readStartingToken(c.startingToken, c.paginator.inputTokens);
    if (!read.ok) return { error: read.message, calls };
    settings.startingTokens = Object.fromEntries(read.members.map(([k, v]) => [k, v ?? null]));
    settings.skip = read.skip;
  }
  try {
    const paged = await cli.pageThrough(send, c.calls[0] ?? c.request, c.paginator, settings);
    const shown =
      output === "text"
        ? cli.textPages(paged, c.paginator)
        : [cli.mergedResponse(paged, c.paginator)];
    const printed = shown
      .map((page) => cli.formatResponse(page, { command: c.command, output }))
      .join("");
    return { printed, calls };
  } catch (e) {
    if (e instanceof cli.OutputFormatError || e instanceof cli.PaginationError)
      return { error: e.message, calls };
    throw e;
  }
}
