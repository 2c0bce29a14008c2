/** The story's title and canonical link; React hoists both into <head>. */
export function StoryHead({ title, url, description }: { title: string; url: string; description?: string }) {
  const canonical = new URL(url, window.location.origin).href;
  return (
    <>
      <title>{`${title} · 轻阅`}</title>
      <link rel="canonical" href={canonical} />
      {description ? <meta name="description" content={description} /> : null}
    </>
  );
}
