/** Weibo's verified mark beside a name, with the verification's words for the tooltip and screen readers. */
export function VerifiedMark({ reason }: { reason: string }) {
  return (
    <span
      role="img"
      aria-label={`已认证：${reason}`}
      title={reason}
      className="ml-1 inline-flex size-[1.1em] items-center justify-center rounded-full bg-[#b45309] align-[-0.15em] text-[0.7em] leading-none font-bold text-white"
    >
      V
    </span>
  );
}
