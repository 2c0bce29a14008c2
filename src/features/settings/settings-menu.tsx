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
    <details data-needs-js className="relative">
      <summary className="cursor-pointer list-none rounded px-2 py-1 text-sm text-muted hover:bg-ink/5">
        阅读设置
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 space-y-3 rounded-lg border border-line bg-card p-3 shadow-lg">
        <RadioGroup legend="主题" name={`${id}-theme`} options={THEMES} labels={THEME_LABEL} value={settings.theme} onChange={(theme) => updateSettings({ theme })} />
        <RadioGroup legend="字号" name={`${id}-size`} options={SIZES} labels={SIZE_LABEL} value={settings.size} onChange={(size) => updateSettings({ size })} />
      </div>
    </details>
  );
}

function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{props.legend}</legend>
      <div className="flex gap-3">
        {props.options.map((option) => (
          <label key={option} className="flex items-center gap-1 text-sm">
            <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
            {props.labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
