// The full-screen picture viewer: PhotoSwipe 5 (swipe, pinch and wheel zoom, ← / →, Esc,
// focus kept inside and returned on close), loaded only when a picture is first opened.
// What it lacks we add here: the alt text, a link to the original, a history entry so that
// Back closes it, no referrer on the pictures, and long pictures opened at their top.
import type { Attachment } from "../../content/feed-schema";
import { isLongPicture } from "../../content/picture-layout";
import { loadHtmlSanitizer } from "../../lib/html-sanitizer";

export interface ViewerPicture {
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
  long: boolean;
}

export function viewerPicture(attachment: Attachment, alt: string): ViewerPicture {
  const ext = attachment._qingyue;
  return { src: attachment.url, alt, width: ext?.width, height: ext?.height, long: isLongPicture(attachment) };
}

/** A size to lay out a picture whose data gives none, until it loads: the cell's loaded copy, else a square. */
function provisionalSize(cell: HTMLElement | undefined): { width: number; height: number } {
  const img = cell?.querySelector("img");
  if (img && img.naturalWidth > 0) {
    const scale = 1200 / Math.max(img.naturalWidth, img.naturalHeight);
    return { width: Math.round(img.naturalWidth * scale), height: Math.round(img.naturalHeight * scale) };
  }
  return { width: 1200, height: 1200 };
}

let open = false;

export async function openPictureViewer(pictures: readonly ViewerPicture[], index: number, cells: readonly HTMLElement[]): Promise<void> {
  if (open) return;
  open = true;
  try {
    // PhotoSwipe writes its frame as HTML: the Trusted Types policy needs DOMPurify for that.
    const [{ default: PhotoSwipe }] = await Promise.all([import("photoswipe"), import("photoswipe/style.css"), import("./picture-viewer.css"), loadHtmlSanitizer()]);
    const pswp = new PhotoSwipe({
      dataSource: pictures.map((picture, i) => {
        const known = picture.width !== undefined && picture.height !== undefined;
        const size = known ? { width: picture.width!, height: picture.height! } : provisionalSize(cells[i]);
        return { src: picture.src, alt: picture.alt, ...size, long: picture.long, sized: known };
      }),
      index,
      bgOpacity: 1,
      indexIndicatorSep: "/",
      closeTitle: "关闭 (Esc)",
      zoomTitle: "放大",
      arrowPrevTitle: "上一张 (←)",
      arrowNextTitle: "下一张 (→)",
      errorMsg: "图片加载失败",
      // The icons are drawn by our stylesheet: the Trusted Types policy lets no SVG markup in.
      arrowPrevSVG: "",
      arrowNextSVG: "",
      closeSVG: "",
      zoomSVG: "",
      showHideAnimationType: "fade",
      // A long picture opens filling the width (at most its own size), at its top.
      initialZoomLevel: (zoom) => (zoom.itemData.long ? zoom.fill : zoom.fit),
      secondaryZoomLevel: (zoom) => (zoom.itemData.long ? zoom.fit : Math.min(1, zoom.fit * 3)),
      maxZoomLevel: (zoom) => Math.max(2, zoom.fill * 2),
    });

    pswp.on("contentLoadImage", ({ content }) => {
      if (content.element instanceof HTMLImageElement) content.element.referrerPolicy = "no-referrer";
    });
    // A picture whose size was guessed is laid out again at its real size once it loads.
    pswp.on("loadComplete", ({ content, slide }) => {
      const img = content.element;
      if (content.data.sized || !(img instanceof HTMLImageElement) || img.naturalWidth === 0) return;
      content.width = img.naturalWidth;
      content.height = img.naturalHeight;
      slide.width = img.naturalWidth;
      slide.height = img.naturalHeight;
      slide.calculateSize();
      slide.zoomAndPanToInitial();
      slide.applyCurrentZoomPan();
      if (content.data.long) slide.panTo(slide.pan.x, slide.bounds.min.y);
    });
    // PhotoSwipe's pan bounds: `min` is the picture's top edge at the top of the screen.
    const toTop = () => {
      const slide = pswp.currSlide;
      if (slide?.data.long) slide.panTo(slide.pan.x, slide.bounds.min.y);
    };
    pswp.on("firstZoomPan", toTop);
    pswp.on("change", toTop);

    pswp.on("uiRegister", () => {
      pswp.ui?.registerElement({
        name: "caption",
        order: 9,
        isButton: false,
        appendTo: "root",
        onInit: (el) => {
          el.setAttribute("aria-live", "polite");
          const update = () => {
            const alt = pswp.currSlide?.data.alt ?? "";
            el.textContent = alt;
            el.hidden = alt === "";
          };
          pswp.on("change", update);
          update();
        },
      });
      pswp.ui?.registerElement({
        name: "original",
        order: 8,
        isButton: true,
        tagName: "a",
        title: "查看原图（新窗口）",
        onInit: (el) => {
          const link = el as HTMLAnchorElement;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          link.referrerPolicy = "no-referrer";
          link.textContent = "原图";
          const update = () => {
            link.href = pswp.currSlide?.data.src ?? "";
          };
          pswp.on("change", update);
          update();
        },
      });
    });

    // Back closes the viewer: it gets a history entry of its own, a copy of the page's, so
    // the router sees the same place when it is popped.
    let popped = false;
    const onPop = () => {
      popped = true;
      // PhotoSwipe ignores close() while it is still opening.
      if (pswp.opener.isOpen) pswp.close();
      else pswp.on("openingAnimationEnd", () => pswp.close());
    };
    window.history.pushState(window.history.state, "");
    window.addEventListener("popstate", onPop);
    pswp.on("close", () => {
      window.removeEventListener("popstate", onPop);
      if (!popped) window.history.back();
    });
    pswp.on("destroy", () => {
      open = false;
      // PhotoSwipe gives focus back to what was focused when it opened; make sure it is the cell.
      const cell = cells[index];
      if (cell?.isConnected && document.activeElement !== cell) cell.focus();
    });
    pswp.on("afterInit", () => {
      pswp.element?.setAttribute("aria-modal", "true");
      pswp.element?.setAttribute("aria-label", "图片查看器");
      // A modal dialog takes the focus; PhotoSwipe gives it back to the cell on close.
      pswp.element?.focus();
    });
    pswp.init();
  } catch (error) {
    open = false;
    throw error;
  }
}
