import { parseDetailSnapshot, type DetailReading } from '../../utils/capture/detail-capture';
import { snapshotDetailPage } from '../../utils/portal/page-snapshot';

/**
 * Both steps of a page capture at once, for tests that hold the page themselves: what the content
 * script reads (snapshotDetailPage) and what the background makes of it (parseDetailSnapshot).
 * Here, not beside them, so the worker's bundle holds no page reader.
 */
export function readDetailPage(doc: Document, url: URL): DetailReading {
  return parseDetailSnapshot(snapshotDetailPage(doc, url));
}
