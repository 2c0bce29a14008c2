import { lazy, Suspense, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Link } from "react-router";
import type { Profile } from "../content/profiles";
import { paths } from "../lib/paths";

// The card's code comes with the first card opened, not with every page that names someone.
const PersonCard = lazy(() => import("./person-card").then((m) => ({ default: m.PersonCard })));

interface Position {
  top: number;
  left: number;
}

/**
 * A person's name in running text: a link to their profile, with a card that opens on
 * hover, on keyboard focus, or on a first tap (a second tap follows the link). The card
 * is portalled out of the paragraph (a card is not phrasing content) into <main>.
 */
export function PersonMention({
  person,
  children,
  className = "font-semibold text-accent underline decoration-dotted underline-offset-4",
}: {
  person: Profile;
  children: ReactNode;
  className?: string;
}) {
  const [position, setPosition] = useState<Position | null>(null);
  const anchor = useRef<HTMLAnchorElement>(null);
  // Whether the press under way is a finger's, and whether the card was already open when it
  // began: a tap also fires mouseenter and focus, which open the card before the click.
  const touch = useRef<{ touched: boolean; wasOpen: boolean }>({ touched: false, wasOpen: false });
  const cardId = useId();

  const open = () => {
    const rect = anchor.current?.getBoundingClientRect();
    if (!rect) return;
    const width = Math.min(288, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
    setPosition({ top: rect.bottom + window.scrollY + 6, left });
  };
  const close = () => setPosition(null);
  const host = typeof document === "undefined" ? null : (document.getElementById("main") ?? document.body);

  return (
    <>
      <Link
        ref={anchor}
        to={paths.person(person.id)}
        className={className}
        aria-describedby={position ? cardId : undefined}
        onMouseEnter={open}
        onMouseLeave={close}
        onFocus={open}
        onBlur={close}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
        onPointerDown={(event) => {
          touch.current = { touched: event.pointerType === "touch", wasOpen: position !== null };
        }}
        onClick={(event) => {
          if (touch.current.touched && !touch.current.wasOpen) {
            event.preventDefault();
            touch.current = { touched: true, wasOpen: true };
            open();
          }
        }}
      >
        {children}
      </Link>
      {position && host
        ? createPortal(
            // The card shows once its code is here: no empty box in the meantime.
            <Suspense fallback={null}>
              <div
                id={cardId}
                role="group"
                aria-label={`${person.name}的资料卡`}
                className="absolute z-40 w-72 max-w-[calc(100vw-1rem)] shadow-xl"
                style={{ top: position.top, left: position.left }}
              >
                <PersonCard person={person} variant="hover" />
              </div>
            </Suspense>,
            host,
          )
        : null}
    </>
  );
}
