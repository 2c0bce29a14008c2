import { Picture } from "./picture";

/** An article's cover picture beside its title: a fixed box, so nothing moves when it loads. */
export function ArticleCover({ src }: { src: string }) {
  return (
    <div aria-hidden="true" className="relative aspect-[4/3] w-24 shrink-0 self-start overflow-hidden rounded-md bg-line sm:w-32">
      <Picture src={src} alt="" />
    </div>
  );
}
