import { useState } from "react";
import type { Attachment } from "../../content/feed-schema";
import { formatDuration, spokenDuration } from "../../content/picture-layout";
import { AspectSizer, Picture } from "./picture";

/**
 * A post's video: its poster with the length and a play button; it plays in place, and
 * nothing of it is fetched before the reader asks (preload="none").
 */
export function VideoPlayer({ video }: { video: Attachment }) {
  const [playing, setPlaying] = useState(false);
  const ext = video._qingyue;
  const sized = ext?.width !== undefined && ext.height !== undefined;
  const title = video.title ?? ext?.alt ?? "视频";
  const duration = video.duration_in_seconds;
  const box = `relative mt-2 block w-full max-w-[26rem] overflow-hidden rounded-md bg-black ${sized ? "" : "aspect-video"}`;
  if (playing) {
    return (
      <div className={box}>
        {sized ? <AspectSizer width={ext.width!} height={ext.height!} /> : null}
        <video
          src={video.url}
          poster={ext?.poster}
          preload="none"
          controls
          autoPlay
          playsInline
          aria-label={title}
          className="absolute inset-0 size-full"
        />
      </div>
    );
  }
  return (
    <button type="button" onClick={() => setPlaying(true)} className={`${box} group`}>
      <span className="sr-only">
        播放视频：{title}
        {duration !== undefined ? `，时长${spokenDuration(duration)}` : ""}
      </span>
      {sized ? <AspectSizer width={ext.width!} height={ext.height!} /> : null}
      {ext?.poster ? <Picture src={ext.poster} alt="" /> : null}
      <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center">
        <span className="flex size-14 items-center justify-center rounded-full bg-black/60 pl-1 text-3xl text-white group-hover:bg-black/75">▶</span>
      </span>
      {duration !== undefined ? (
        <span aria-hidden="true" className="absolute right-2 bottom-2 rounded bg-black/70 px-1.5 text-xs leading-5 text-white tabular-nums">
          {formatDuration(duration)}
        </span>
      ) : null}
    </button>
  );
}
