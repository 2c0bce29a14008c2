import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { RouteError } from "./route-error";

function shown(error: unknown) {
  render(
    <MemoryRouter initialEntries={["/posts/p1"]}>
      <RouteError error={error} retry={() => undefined} retrying={false} />
    </MemoryRouter>,
  );
  return screen.getByRole("alert");
}

describe("RouteError", () => {
  it("says what went wrong in the app's own words", () => {
    expect(shown(new Error("人物资料格式无效"))).toHaveTextContent("人物资料格式无效");
  });

  it("never shows a fault's English message to the reader", () => {
    const alert = shown(new RangeError("Maximum update depth exceeded. This can happen when a component repeatedly calls setState"));
    expect(alert).toHaveTextContent("页面出了意外的错误");
    expect(alert).not.toHaveTextContent(/Maximum|setState/);
    expect(screen.getByRole("button", { name: "重试" })).toBeEnabled();
  });
});
