import { useId } from "react";
import { SIZES, THEMES, updateSettings, type TextSize, type Theme } from "./settings-store";
import { useSettings } from "./use-settings";

const THEME_LABEL: Record<Theme, string> = { light: "浅色", sepia: "护眼", dark: "深色" };
const SIZE_LABEL: Record<TextSize, string> = { small: "小", medium: "中", large: "大", xlarge: "特大" };

/** Theme and text size as two radio groups inside a disclosure: plain controls, all keyboard-usable. */
export function SettingsMenu() {
  const settings = useSettings();
  const id = useId();
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded px-2 py-1 text-sm text-muted hover:bg-ink/5">
        阅读设置
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 space-y-3 rounded-lg border border-line bg-card p-3 shadow-lg">
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">主题</legend>
          <div className="flex gap-3">
            {THEMES.map((theme) => (
              <label key={theme} className="flex items-center gap-1 text-sm">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => updateSettings({ theme })}
                />
                {THEME_LABEL[theme]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">字号</legend>
          <div className="flex gap-3">
            {SIZES.map((size) => (
              <label key={size} className="flex items-center gap-1 text-sm">
                <input
                  type="radio"
                  name={`${id}-size`}
                  value={size}
                  checked={settings.size === size}
                  onChange={() => updateSettings({ size })}
                />
                {SIZE_LABEL[size]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
