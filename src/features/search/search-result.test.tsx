import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { SearchResult } from "./search-result";
import { parseQuery } from "../../content/search/terms";

describe("a search result", () => {
  it("shows half-width punctuation between Chinese words full-width, as the story does, with the match marked", () => {
    render(
      <MemoryRouter>
        <SearchResult
          doc={{ id: "a1", kind: "article", title: "检察机关援疆三年回眸:倾情倾力倾智,援疆真情", text: "推进培训工作,全力助推检察工作平衡。" }}
          terms={parseQuery("援疆")}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("检察机关援疆三年回眸：倾情倾力倾智，援疆真情");
    expect(screen.getAllByText("援疆", { selector: "mark" })).toHaveLength(2);
    expect(screen.getByText(/全力助推/)).toHaveTextContent("推进培训工作，全力助推检察工作平衡。");
  });

  it("leaves English text as it is", () => {
    render(
      <MemoryRouter>
        <SearchResult doc={{ id: "p1", kind: "post", text: "Hello, world: a post!" }} terms={parseQuery("world")} />
      </MemoryRouter>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Hello, world: a post!");
  });
});
