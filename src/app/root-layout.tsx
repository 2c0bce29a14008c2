import { SettingsMenu } from "../features/settings/settings-menu";
import { BookmarkButton } from "../features/library/bookmark-button";
import { StoryActionsProvider, type StoryActionsRenderer } from "../lib/story-actions";
import { SearchBox } from "../features/search/search-box";
import { ConnectionBar } from "../features/library/connection-bar";
import { useEffect } from "react";
import { Link, NavLink, Outlet } from "react-router";
import { endHydration } from "../lib/use-hydrated";
import { aboutPath } from "../lib/paths";
import { useShownPage } from "./page-host";
import { useScrollRestoration } from "./scroll-restoration";

const bookmarkControl: StoryActionsRenderer = (props) => <BookmarkButton {...props} />;

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 hover:bg-ink/5 ${isActive ? "font-semibold text-accent" : "text-muted"}`;

export function RootLayout() {
  const { busy } = useShownPage();
  useScrollRestoration();
  // Marks the page as interactive once React owns it (prerendered HTML is readable before).
  useEffect(() => {
    endHydration();
    document.documentElement.dataset.app = "ready";
  }, []);
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
      >
        跳到正文
      </a>
      <header data-chrome className="border-b border-line bg-paper">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="mr-auto text-lg font-bold tracking-wide text-accent">
            轻阅
          </Link>
          <nav aria-label="主导航" className="order-2 w-full sm:order-none sm:w-auto">
            <ul className="flex gap-2 text-sm">
              <li>
                <NavLink to="/" end className={navClass}>
                  首页
                </NavLink>
              </li>
              <li>
                <NavLink to="/people" className={navClass}>
                  人物
                </NavLink>
              </li>
              <li>
                <NavLink to="/bookmarks" className={navClass}>
                  收藏
                </NavLink>
              </li>
              <li>
                <NavLink to="/history" className={navClass}>
                  最近阅读
                </NavLink>
              </li>
              <li>
                <NavLink to={aboutPath()} className={navClass}>
                  关于
                </NavLink>
              </li>
            </ul>
          </nav>
          <SearchBox />
          {/* On a phone: logo and settings, then the links, then the search box, each on a row. */}
          <div className="order-1 sm:order-none">
            <SettingsMenu />
          </div>
        </div>
        <div
          role="progressbar"
          aria-label="正在加载"
          aria-hidden={!busy}
          className={`h-0.5 origin-left bg-accent transition-transform duration-300 ${busy ? "scale-x-75" : "scale-x-0"}`}
        />
      </header>
      <ConnectionBar />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
        <StoryActionsProvider value={bookmarkControl}>
          <Outlet />
        </StoryActionsProvider>
      </main>
      <footer data-chrome className="mx-auto max-w-5xl px-4 py-8 text-xs text-muted">
        轻阅 · 内容来自所读取的订阅源
      </footer>
    </div>
  );
}
