// Term previews on the page: one card per page, shown for a glossary link on hover, keyboard focus
// or a first tap; hidden (the `hidden` attribute) on Escape, when pointer and focus leave, or on a tap
// elsewhere. WCAG 2.2 SC 1.4.13: dismissable without moving focus, hoverable, persistent.
// Without JavaScript this file never runs and every link is an ordinary link.
import {
  cardPlacement,
  parsePreviewIndex,
  previewIndexUrl,
  tapOutcome,
  termSlugOf,
  type TermPreview,
} from "./preview-model.ts";

/** Long enough for the pointer to cross the gap from link to card (hoverable), short enough to feel prompt. */
const hideDelayMs = 300;
const gapPx = 6;

let index: Promise<Map<string, TermPreview>> | undefined;
/** Fetched on the first hover or focus, once per page; the browser's cache serves later pages. */
const loadIndex = (): Promise<Map<string, TermPreview>> =>
  (index ??= fetch(previewIndexUrl)
    .then((response) => (response.ok ? response.json() : {}))
    .then(parsePreviewIndex, () => new Map<string, TermPreview>()));

const card = document.createElement("div");
card.id = "term-preview";
card.className = "term-preview";
card.setAttribute("role", "tooltip");
card.hidden = true;
const cardTitle = document.createElement("p");
cardTitle.className = "term-preview__title";
const cardSummary = document.createElement("p");
cardSummary.className = "term-preview__summary";
card.append(cardTitle, cardSummary);
document.body.append(card);

/** The link whose preview is showing, the one the reader last reached for, and its own describedby. */
let shownFor: HTMLAnchorElement | undefined;
let wanted: HTMLAnchorElement | undefined;
let ownDescribedBy: string | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let pointerOnPreview = false;
let lastPointer = "";
let tapWasOnShownLink = false;

function termLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  return link instanceof HTMLAnchorElement && termSlugOf(link.href, location.href) ? link : undefined;
}

function cancelHide(): void {
  clearTimeout(hideTimer);
  hideTimer = undefined;
}

function hide(): void {
  cancelHide();
  card.hidden = true;
  if (shownFor) {
    if (ownDescribedBy === null) shownFor.removeAttribute("aria-describedby");
    else shownFor.setAttribute("aria-describedby", ownDescribedBy);
  }
  shownFor = wanted = undefined;
  pointerOnPreview = false;
}

function place(link: HTMLAnchorElement): void {
  const rect = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const height = card.offsetHeight;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - card.offsetWidth - 8));
  const below = cardPlacement(link.getBoundingClientRect(), height, innerHeight, gapPx) === "below";
  const top = below ? link.getBoundingClientRect().bottom + gapPx : rect.top - gapPx - height;
  card.style.left = `${left + scrollX}px`;
  card.style.top = `${top + scrollY}px`;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  cancelHide();
  if (shownFor === link) return;
  wanted = link;
  const slug = termSlugOf(link.href, location.href) ?? "";
  const preview = (await loadIndex()).get(slug);
  if (wanted !== link) return; // the reader moved on while the index loaded
  if (!preview) return hide();
  if (shownFor && shownFor !== link) hide();
  wanted = shownFor = link;
  cardTitle.textContent = preview.title;
  cardSummary.textContent = preview.summary;
  ownDescribedBy = link.getAttribute("aria-describedby");
  link.setAttribute("aria-describedby", ownDescribedBy ? `${ownDescribedBy} ${card.id}` : card.id);
  card.hidden = false;
  place(link);
}

function hideSoon(): void {
  cancelHide();
  hideTimer = setTimeout(() => {
    if (!pointerOnPreview && !(shownFor && shownFor === document.activeElement)) hide();
  }, hideDelayMs);
}

const inside = (node: EventTarget | null, element: Element | undefined): boolean =>
  !!element && node instanceof Node && element.contains(node);

document.addEventListener("pointerover", (event) => {
  if (event.pointerType === "touch") return;
  if (inside(event.target, card)) {
    pointerOnPreview = true;
    return cancelHide();
  }
  const link = termLink(event.target);
  if (link) void show(link);
});

document.addEventListener("pointerout", (event) => {
  if (event.pointerType === "touch") return;
  const to = event.relatedTarget;
  const fromCard = inside(event.target, card);
  const fromLink = !!shownFor && inside(event.target, shownFor);
  if ((fromCard || fromLink || inside(event.target, wanted)) && !inside(to, card) && !inside(to, shownFor)) {
    pointerOnPreview = false;
    if (!shownFor) wanted = undefined;
    hideSoon();
  }
});

document.addEventListener("focusin", (event) => {
  const link = termLink(event.target);
  if (link) void show(link);
  else if (shownFor && !pointerOnPreview) hide();
});

document.addEventListener("focusout", (event) => {
  if (event.target === shownFor && !pointerOnPreview) hideSoon();
});

document.addEventListener("keydown", (event) => {
  lastPointer = "";
  // Escape hides the card and nothing else: focus stays on the link.
  if (event.key === "Escape" && (shownFor || wanted)) hide();
});

document.addEventListener("pointerdown", (event) => {
  lastPointer = event.pointerType;
  const link = termLink(event.target);
  tapWasOnShownLink = !!link && link === shownFor && !card.hidden;
  if (!link && !inside(event.target, card)) hide();
});

document.addEventListener("click", (event) => {
  const link = termLink(event.target);
  if (
    !link ||
    lastPointer !== "touch" ||
    event.defaultPrevented ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  if (tapOutcome(tapWasOnShownLink) === "preview") {
    event.preventDefault();
    void show(link);
  }
});
