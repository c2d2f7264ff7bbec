/**
 * The HTTP status a page asks for when it shows an error in place of its content (404: unknown
 * id; 503: a partner or the gateway down). Next.js renders notFound() and thrown errors of a
 * dynamic page in the browser only (the server sends an empty document), so pages render their
 * error content themselves, server-side, and say here which status it is: the site's server
 * (scripts/serve.ts) reads this tag, which React hoists into <head>, and sets the status.
 */
export function PageStatus({ status }: { status: 404 | 503 }) {
  return (
    <>
      <meta name="robots" content="noindex" />
      <meta name="prisme-status" content={String(status)} />
    </>
  );
}
