import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { whyText } from "../../client/src/graph/why-here.ts";
import type { WhyHerePath } from "../../client/src/graph/types.ts";
import { lineageIds, query } from "./support/api.ts";
import {
  ARTIFACTS,
  drawnIds,
  drawnPositions,
  highlightedIds,
  launchChromium,
  loads,
  openExplorer,
  readability,
  screenshot,
  waitForLoad,
} from "./support/browser.ts";
import type { ExplorerPage } from "./support/browser.ts";
// window.__explorer is typed by the client (client/src/explorer-handle.ts).
import type {} from "../../client/src/explorer-handle.ts";

/**
 * The explorer as a user drives it, in real Chromium against the built client and the real server on the
 * demo estate (Harbor Bank): landing, search, lineage, expand, impact, audit trace, exports, deep links,
 * broken chain, coverage. Screenshots of each view land in test-results/e2e/.
 */
let browser: Browser;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(
  path = "/",
  token?: string,
  options?: Parameters<typeof openExplorer>[3],
): Promise<ExplorerPage> {
  const explorer = await openExplorer(browser, path, token, options);
  opened.push(explorer);
  return explorer;
}

async function saveDownload(download: Download): Promise<string> {
  const path = join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Pans the node to the middle of the canvas (as a user would drag it into view) and double-clicks it. */
async function doubleClickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId: string) => {
    const cy = window.__explorer?.cy();
    if (!cy) throw new Error("the explorer has no canvas");
    cy.center(cy.$id(nodeId));
    const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const p = cy.$id(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.dblclick(point.x, point.y);
}

/** No two drawn data objects overlap (node boxes, labels excluded). */
async function overlappingPairs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes =
      window.__explorer
        ?.cy()
        ?.nodes(".object")
        .map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false }) })) ?? [];
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          pairs.push(`${boxes[i]!.id}/${boxes[j]!.id}`);
      }
    return pairs;
  });
}

describe("the explorer in Chromium on the demo estate", () => {
  it("opens on the trace of the latest P1 incident, never blank; the view keys work at once, ? shows the keys", async () => {
    const { page, errors } = await open("/");
    await waitForLoad(page);
    expect(await page.textContent('[data-testid="root"]')).toBe("INC-1042");
    expect(await page.getAttribute('nav.tabs button[aria-pressed="true"]', "aria-pressed")).toBe("true");
    expect(await page.textContent('nav.tabs button[aria-pressed="true"]')).toBe("Audit trace");
    expect((await drawnIds(page)).length).toBeGreaterThan(3);
    // Nothing holds the focus at landing, so a view key works at once (/ focuses the search box).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
    await page.keyboard.press("?");
    const help = page.getByTestId("help");
    expect(await help.textContent()).toContain("Keyboard help");
    expect(await help.getByTestId("key-hints").textContent()).toContain("Audit trace");
    await page.keyboard.press("Escape");
    await expect.poll(() => help.count()).toBe(0);
    const before = await loads(page);
    await page.keyboard.press("l");
    await waitForLoad(page, before);
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(await page.textContent('nav.tabs button[aria-pressed="true"]')).toBe("Lineage");
    expect(errors).toEqual([]);
  });

  it("search → root → lineage drawn left to right in lanes; expand a node; Back returns to the previous root", async () => {
    const { page, errors } = await open("/?root=INC-1042&view=lineage");
    await waitForLoad(page);
    const before = await loads(page);
    const search = page.getByLabel("Search data objects");
    await search.fill("Mobile Payments 2.0");
    await page.waitForSelector('#search-results [role="option"]');
    const options = await page.locator('#search-results [role="option"] strong').allTextContents();
    expect(options).toContain("SA-2026-01");
    // Keyboard: move to SA-2026-01 in the list and pick it with Enter.
    for (let i = 0; i < options.indexOf("SA-2026-01"); i++) await search.press("ArrowDown");
    await search.press("Enter");
    await waitForLoad(page, before);
    expect(await page.textContent('[data-testid="root"]')).toBe("SA-2026-01");
    expect(new URL(page.url()).searchParams.get("root")).toBe("SA-2026-01");

    const expected = await lineageIds("SA-2026-01", "BOTH", 2);
    expect(expected).toEqual(expect.arrayContaining(["SA-2026-01", "INI-301", "PBI-101"]));
    expect(await drawnIds(page)).toEqual(expected);
    const positions = await drawnPositions(page);
    // Strategy left of the initiative it authorizes (lanes in meta-model order, left to right).
    expect(positions["SA-2026-01"]!.x).toBeLessThan(positions["INI-301"]!.x);
    expect(await overlappingPairs(page)).toEqual([]);
    await screenshot(page, "lineage");

    // Expand: double-click a frontier node whose neighbours are not all drawn yet.
    const drawn = new Set(await drawnIds(page));
    let frontier: { id: string; added: string[] } | undefined;
    for (const id of drawn) {
      const added = (await lineageIds(id, "BOTH", 1)).filter((n) => !drawn.has(n));
      if (added.length > 0 && added.length < 15) {
        frontier = { id, added };
        break;
      }
    }
    expect(frontier, "a node with undrawn neighbours").toBeDefined();
    const beforeExpand = await loads(page);
    const onScreen = () =>
      page.evaluate((id: string) => {
        const cy = window.__explorer?.cy();
        return { ...(cy?.$id(id).renderedPosition() ?? { x: NaN, y: NaN }), zoom: cy?.zoom() ?? NaN };
      }, frontier!.id);
    await doubleClickNode(page, frontier!.id);
    const held = await onScreen();
    await waitForLoad(page, beforeExpand);
    // The expanded node stays where the user double-clicked it, at the same zoom, and is marked.
    const after = await onScreen();
    expect(Math.abs(after.x - held.x) + Math.abs(after.y - held.y)).toBeLessThan(2);
    expect(after.zoom).toBeCloseTo(held.zoom, 5);
    expect(
      await page.evaluate(
        (id: string) => window.__explorer?.cy()?.$id(id).hasClass("expanded"),
        frontier!.id,
      ),
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get("x")?.split(",")).toContain(frontier!.id);
    expect(await drawnIds(page)).toEqual(expect.arrayContaining([...drawn, ...frontier!.added]));
    expect(await overlappingPairs(page)).toEqual([]);

    // Back returns to the previous root.
    const beforeBack = await loads(page);
    await page.goBack();
    await waitForLoad(page, beforeBack);
    expect(await page.textContent('[data-testid="root"]')).toBe("INC-1042");
    expect(errors).toEqual([]);
  });

  it("impact view: counts by type and open work match the server, highlighted graph, list view exported to CSV", async () => {
    const { page, errors } = await open("/?root=SA-2026-01&view=lineage");
    await waitForLoad(page);
    const before = await loads(page);
    await page.getByRole("button", { name: "Impact", exact: true }).click();
    await waitForLoad(page, before);
    const { impact } = await query<{
      impact: {
        total: number;
        openIncidents: number;
        openProblems: number;
        openRFCs: number;
        byType: { type: string; count: number }[];
        nodes: { id: string }[];
      };
    }>(
      `{ impact(id: "SA-2026-01") { total openIncidents openProblems openRFCs byType { type count } nodes { id } } }`,
    );
    expect(impact.total).toBeGreaterThan(10);
    expect(Number(await page.textContent('[data-testid="impact-total"]'))).toBe(impact.total);
    expect(Number(await page.textContent('[data-testid="open-incidents"]'))).toBe(impact.openIncidents);
    expect(Number(await page.textContent('[data-testid="open-problems"]'))).toBe(impact.openProblems);
    expect(Number(await page.textContent('[data-testid="open-rfcs"]'))).toBe(impact.openRFCs);
    const shownCounts = await page.$$eval('[data-testid="impact-panel"] table.counts tr', (rows) =>
      rows.map((r) => ({
        type: r.getAttribute("data-type") ?? "",
        count: Number(r.querySelector("td.num")?.textContent),
      })),
    );
    expect(shownCounts).toEqual(impact.byType);
    expect(await drawnIds(page)).toEqual(["SA-2026-01", ...impact.nodes.map((n) => n.id)].sort());
    await screenshot(page, "impact");

    await page.getByRole("button", { name: "List view" }).click();
    const listIds = await page.$$eval('[data-testid="impact-list"] tbody tr td:nth-child(2) button', (b) =>
      b.map((x) => x.textContent ?? ""),
    );
    expect(listIds.sort()).toEqual(impact.nodes.map((n) => n.id).sort());
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csvPath = await saveDownload(download);
    const rows = parse(readFileSync(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(impact.nodes.length);
    expect(rows.map((r) => r.id).sort()).toEqual(listIds.sort());
    expect(errors).toEqual([]);
  });

  it("audit trace of INC-1042 ends at the approved SA-2026-01, with approvers for an auditor; PNG and CSV exports", async () => {
    const { page, errors } = await open("/?root=INC-1042&view=trace", inject("e2e").auditorToken);
    await waitForLoad(page);
    const verdict = await page.textContent('[data-testid="trace-verdict"]');
    expect(verdict).toContain("Traced to an approved portfolio decision: SA-2026-01");
    const evidence = await page.$$eval('[data-testid="evidence"] tbody tr[data-id]', (rows) =>
      rows.map((r) => ({ id: r.getAttribute("data-id") })),
    );
    const accountable = await page.textContent('[data-testid="evidence"] [data-testid="accountable"]');
    expect(evidence[0]?.id).toBe("SA-2026-01");
    expect(evidence.at(-1)?.id).toBe("INC-1042");
    expect(evidence.map((r) => r.id)).toEqual(expect.arrayContaining(["INI-301", "CI-PAY-DB"]));
    expect(accountable).toContain("Approved byPriya Raman");
    expect(accountable).toMatch(/Governed byPOL-/);
    // The path is highlighted in the graph.
    const highlighted = await highlightedIds(page);
    expect(highlighted.sort()).toEqual(evidence.map((r) => r.id!).sort());
    expect(await overlappingPairs(page)).toEqual([]);
    await screenshot(page, "audit-trace");

    const panel = page.locator('[data-testid="trace-panel"]');
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "PNG" }).click(),
    ]);
    const pngPath = await saveDownload(png);
    expect(statSync(pngPath).size).toBeGreaterThan(10_000);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe("PNG");
    // The header (title, verdict, legend) is drawn above Cytoscape's picture: at least 1200 px wide.
    expect(readFileSync(pngPath).readUInt32BE(16)).toBeGreaterThanOrEqual(1200);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "CSV" }).click(),
    ]);
    const csvPath = await saveDownload(csv);
    const rows = parse(readFileSync(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(evidence.map((r) => r.id));
    expect(rows[0]?.approved_by).toContain("Priya Raman");
    expect(rows[0]?.governed_by).toMatch(/^POL-/);

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "SVG" }).click(),
    ]);
    const svgText = readFileSync(await saveDownload(svg), "utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).toContain("SA-2026-01");
    // The picture says what it showed and when: the verdict and the export time under the title.
    expect(svgText).toMatch(
      /Traced to an approved portfolio decision: SA-2026-01\. · exported \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/,
    );
    expect(errors).toEqual([]);
  });

  it("the printed report starts with the graph as one picture, without the token hint", async () => {
    const { page, errors } = await open("/?root=INC-1042&view=trace");
    await waitForLoad(page);
    expect(await page.getByText("paste an auditor token").isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const picture = page.locator("img.printed-graph");
    await picture.waitFor({ state: "visible" });
    const box = await picture.boundingBox();
    expect(box && box.y).toBeLessThan(60);
    expect(box && box.width).toBeGreaterThan(300);
    expect(await page.getByText("paste an auditor token").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect.poll(() => picture.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a deep link reproduces the same graph after reload and in a new tab", async () => {
    const { page, errors } = await open("/?root=CI-PAY-DB&view=lineage&dir=UPSTREAM&depth=3");
    await waitForLoad(page);
    const first = await drawnIds(page);
    expect(first).toEqual(await lineageIds("CI-PAY-DB", "UPSTREAM", 3));
    expect(await page.getAttribute('.segmented button[aria-pressed="true"]', "aria-pressed")).toBe("true");
    expect(await page.textContent('[data-testid="depth"]')).toBe("3");
    const url = page.url();
    await page.reload();
    await waitForLoad(page);
    expect(await drawnIds(page)).toEqual(first);
    const other = await open(new URL(url).pathname + new URL(url).search);
    await waitForLoad(other.page);
    expect(await drawnIds(other.page)).toEqual(first);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it("the broken-chain incident INC-1043 shows the notice and what is upstream of it", async () => {
    const { page, errors } = await open("/?root=INC-1043&view=trace");
    await waitForLoad(page);
    const notice = await page.textContent('[data-testid="broken-chain"]');
    expect(notice).toContain("No approved decision found — broken chain");
    const drawn = await drawnIds(page);
    expect(drawn).toEqual(expect.arrayContaining(["INC-1043", "CI-LEGACY-FTP"]));
    expect(drawn.some((id) => id.startsWith("SA-"))).toBe(false);
    // A patch RFC of the approved INI-301 changed the gateway: it must not make the chain "traced".
    expect(await page.textContent('[data-testid="chain-breaks"]')).toContain(
      "CI-LEGACY-FTP realizes no Desired Service and supports no Actual Service CI",
    );
    expect(await page.locator('[data-testid="trace-verdict"]').count()).toBe(0);
    await screenshot(page, "broken-chain");
    expect(errors).toEqual([]);
  });

  it("objects with nothing in the asked direction answer without error: impact of INC-1043, lineage up from POL-003, trace of CI-LEGACY-FTP", async () => {
    for (const url of [
      "/?root=INC-1043&view=impact",
      "/?root=POL-003&view=lineage&dir=UPSTREAM",
      "/?root=CI-LEGACY-FTP&view=trace",
    ]) {
      const { page, errors } = await open(url);
      await waitForLoad(page);
      expect(await page.locator('[data-testid="error"]').count(), url).toBe(0);
      expect(await drawnIds(page), url).toEqual(expect.arrayContaining([url.split("=")[1]?.split("&")[0]]));
      expect(errors, url).toEqual([]);
    }
  });

  it("coverage page: figures per value stream and type, the broken-chain list, a row opens the graph", async () => {
    const { page, errors } = await open("/?view=coverage");
    await page.waitForSelector('[data-testid="broken-list"] tbody tr');
    const coverageText = await page.textContent('[data-testid="coverage"]');
    expect(coverageText).toContain("Traceability coverage");
    const broken = await page.$$eval('[data-testid="broken-list"] tbody tr button', (b) =>
      b.map((x) => x.textContent ?? ""),
    );
    expect(broken).toContain("INC-1043");
    expect(broken).not.toContain("INC-1042");
    // Each broken chain says why; the types coverage does not count are named with their reason.
    const row = page.locator('[data-testid="broken-list"] tbody tr', { hasText: "INC-1043" });
    expect(await row.getAttribute("data-reason")).toBe("NO_DECISION");
    expect(await row.textContent()).toContain("no decision");
    const notCounted = page.locator('[data-testid="not-counted"]');
    expect(await notCounted.textContent()).toContain("Policy");
    await notCounted.locator("summary").click();
    expect(await notCounted.locator("tr", { hasText: "Policy" }).textContent()).toMatch(/Policy.{10,}/);
    await screenshot(page, "coverage");
    await page.locator('[data-testid="broken-list"]').getByRole("button", { name: "INC-1043" }).click();
    await waitForLoad(page);
    expect(await page.textContent('[data-testid="root"]')).toBe("INC-1043");
    await page.waitForSelector('[data-testid="broken-chain"]');
    expect(errors).toEqual([]);
  });

  it("coverage page: the type is in the URL, and a CI that only a patch RFC touched is a broken chain", async () => {
    const { page, errors } = await open("/?view=coverage&ctype=ActualServiceCI");
    await page.waitForSelector('[data-testid="broken-list"] tbody tr');
    const row = page.locator('[data-testid="broken-list"] tbody tr', { hasText: "CI-LEGACY-FTP" });
    expect(await row.textContent()).toContain("no decision");
    await page.locator(".coverage-grid button", { hasText: "Incident" }).first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("ctype") === null);
    await page.waitForSelector('[data-testid="broken-list"] tbody tr >> text=INC-1043');
    expect(errors).toEqual([]);
  });

  it("the legend names the roles of the drawn links, and fades operational and feedback links on request", async () => {
    const { page, errors } = await open("/?root=CI-LEGACY-FTP&view=lineage");
    await waitForLoad(page);
    const roles = page.locator('[data-testid="link-roles"]');
    const text = await roles.textContent();
    expect(text).toContain("Provenance");
    expect(text).toContain("Operational");
    expect(text).toContain("followed by the audit trace");
    const changes = () =>
      page.evaluate(() => {
        const edge = window.__explorer
          ?.cy()
          ?.edges()
          .filter((e) => e.data("label") === "CHANGES")[0];
        return edge ? { faded: edge.hasClass("faded"), opacity: Number(edge.style("opacity")) } : null;
      });
    expect(await changes()).toEqual({ faded: false, opacity: expect.any(Number) });
    await page.getByTestId("fade-links").check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("fade") === "1");
    const faded = await changes();
    expect(faded?.faded).toBe(true);
    expect(faded?.opacity).toBeLessThan(0.2);
    const provenance = await page.evaluate(
      () =>
        window.__explorer
          ?.cy()
          ?.edges()
          .filter((e) => e.data("label") === "EXPERIENCED")
          .map((e) => e.hasClass("faded")) ?? [],
    );
    expect(provenance.length).toBeGreaterThan(0);
    expect(provenance.every((f) => !f)).toBe(true);
    await screenshot(page, "lineage-faded");
    expect(errors).toEqual([]);
  });

  it("search says when nothing matches; the context menu takes the focus and Escape closes it", async () => {
    const { page, errors } = await open("/?root=CI-PAY-DB&view=lineage");
    await waitForLoad(page);
    await page.getByLabel("Search data objects").fill("zzz-no-such-object");
    expect(await page.getByTestId("search-empty").textContent()).toContain("zzz-no-such-object");
    // A full list offers more matches, and gets them.
    await page.getByLabel("Search data objects").fill("pay");
    await page.waitForSelector('[data-testid="search-more"]');
    const first = await page.locator('#search-results [role="option"] strong').count();
    expect(first).toBe(12);
    await page.getByTestId("search-more").dispatchEvent("mousedown");
    await expect
      .poll(() => page.locator('#search-results [role="option"] strong').count())
      .toBeGreaterThan(12);
    // An id typed without its dash finds it.
    await page.getByLabel("Search data objects").fill("prb77");
    await page.waitForSelector('#search-results [role="option"]');
    expect(await page.locator('#search-results [role="option"] strong').allTextContents()).toContain(
      "PRB-77",
    );
    await page.getByLabel("Search data objects").fill("");
    const point = await page.evaluate(() => {
      const cy = window.__explorer?.cy();
      if (!cy) throw new Error("the explorer has no canvas");
      const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const p = cy.$id("CI-PAY-DB").renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y, { button: "right" });
    const menu = page.getByTestId("context-menu");
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("menuitem");
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });

  it("badges show each object's open work from the same lineage answer; toggling them off removes them", async () => {
    const data = await query<{
      lineage: {
        nodes: {
          id: string;
          openWork: { incidents: number; problems: number; changes: number; urgent: boolean };
        }[];
      };
    }>(
      `{ lineage(id: "CI-PAY-DB", direction: BOTH, maxDepth: 2, limit: 500) {
          nodes { id openWork { incidents problems changes urgent } } } }`,
    );
    const work = data.lineage.nodes.find((n) => n.id === "CI-PAY-DB")?.openWork;
    expect(work).toBeDefined();
    const expected = [
      work && work.incidents > 0 ? `INC ${work.incidents}` : "",
      work && work.problems > 0 ? `PRB ${work.problems}` : "",
      work && work.changes > 0 ? `RFC ${work.changes}` : "",
    ]
      .filter((x) => x)
      .join(" · ");
    expect(expected).not.toBe("");
    const { page, errors } = await open("/?root=CI-PAY-DB&view=lineage");
    await waitForLoad(page);
    const drawn = () =>
      page.evaluate(() => {
        const n = window.__explorer?.cy()?.$id("CI-PAY-DB");
        return {
          work: String(n?.data("work") ?? ""),
          label: String(n?.data("label") ?? ""),
          urgent: n?.hasClass("urgent"),
        };
      });
    const on = await drawn();
    expect(on.work).toBe(expected);
    expect(on.label.endsWith(expected)).toBe(true);
    expect(on.urgent).toBe(work?.urgent);
    await screenshot(page, "lineage-badges");
    await page.getByRole("button", { name: "Open work" }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("badges") === "0");
    const off = await drawn();
    expect(off.work).toBe("");
    expect(off.label).not.toContain(expected);
    expect(errors).toEqual([]);
  });

  it("readable at first sight: the lineage of CI-PAY-DB (depth 3) and the impact of SA-2026-01 fit the canvas with labels ≥ 11 px", async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      for (const [path, name] of [
        ["/?root=CI-PAY-DB&view=lineage&depth=3", "lineage-fit"],
        ["/?root=SA-2026-01&view=impact", "impact-fit"],
      ] as const) {
        const { page, errors } = await open(path, undefined, { viewport });
        await waitForLoad(page);
        const seen = await readability(page);
        const where = `${path} at ${viewport.width}×${viewport.height}: ${JSON.stringify(seen)}`;
        expect(seen.objects, where).toBeGreaterThan(20);
        expect(seen.outside, where).toEqual([]);
        expect(seen.smallestLabelPx, where).toBeGreaterThanOrEqual(11);
        expect(await overlappingPairs(page), where).toEqual([]);
        if (viewport.width === 1440) await screenshot(page, name);
        if (name === "lineage-fit" && viewport.width === 1440) {
          // The label is one cut line; the hover card gives the whole id and name.
          const spot = await page.evaluate(() => {
            const cy = window.__explorer?.cy();
            const n = cy?.$id("CI-PAY-DB");
            const box = cy?.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
            const p = n?.renderedPosition() ?? { x: 0, y: 0 };
            return { x: box.left + p.x, y: box.top + p.y, label: String(n?.data("label")) };
          });
          const full = await query<{ details: { node: { name: string } } }>(
            `{ details(id: "CI-PAY-DB") { node { name } } }`,
          );
          await page.mouse.move(spot.x, spot.y);
          await page.waitForSelector('[data-testid="hover-card"]');
          expect(await page.textContent('[data-testid="hover-card"]')).toContain(
            `CI-PAY-DB ${full.details.node.name}`,
          );
        }
        expect(errors).toEqual([]);
      }
    }
    // A narrow window: the side panel gives way, and the landing trace still shows every object.
    const { page, errors } = await open("/", undefined, { viewport: { width: 900, height: 900 } });
    await waitForLoad(page);
    const narrow = await readability(page);
    expect(narrow.canvas.width, JSON.stringify(narrow)).toBeGreaterThanOrEqual(560);
    expect(narrow.outside, JSON.stringify(narrow)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("asks for the application chunk and its stylesheet while the entry loads, once each, with no preload warning", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const warnings: string[] = [];
      page.on("request", (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
      page.on("console", (m) => {
        if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
      });
      await page.goto(`${inject("e2e").url}/?root=CI-PAY-DB&view=lineage`);
      await waitForLoad(page);
      // A preload the page never uses is reported a few seconds after the load.
      await page.waitForTimeout(3500);
      const assets = requests.filter((r) => r.includes("/assets/"));
      expect(new Set(assets).size, assets.join("\n")).toBe(assets.length);
      const chunk = assets.findIndex((r) => /\/assets\/start-app-[^/]+\.js$/.test(r));
      const stylesheet = assets.findIndex((r) => /\/assets\/start-app-[^/]+\.css$/.test(r));
      const graphql = requests.findIndex((r) => r.endsWith("/graphql"));
      expect(chunk, requests.join("\n")).toBeGreaterThanOrEqual(0);
      expect(stylesheet, requests.join("\n")).toBeGreaterThanOrEqual(0);
      expect(requests.indexOf(assets[chunk] as string), requests.join("\n")).toBeLessThan(graphql);
      expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a deep link's graph comes with the first render: one request, laid out once; a slow answer does not hold the page back", async () => {
    const graphRequests = (page: Page) => {
      const sent: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname === "/graphql") sent.push(r.postData() ?? "");
      });
      return sent;
    };
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // A server that has answered this once (its first answer, cold, may take longer than the page waits).
      const warm = await context.newPage();
      await warm.goto(`${inject("e2e").url}/?root=CI-PAY-DB&view=lineage`);
      await waitForLoad(warm);
      await warm.close();
      const page = await context.newPage();
      const sent = graphRequests(page);
      await page.goto(`${inject("e2e").url}/?root=CI-PAY-DB&view=lineage`);
      await waitForLoad(page);
      expect((await drawnIds(page)).length).toBeGreaterThan(5);
      // Rendered empty first, the view was built (and drawn) before the answer was seen, and again with it.
      const early = await page.evaluate(() => {
        const parsed = performance.getEntriesByName("explorer:parsed")[0]?.startTime ?? Infinity;
        return performance.getEntriesByName("explorer:view-built").filter((m) => m.startTime < parsed).length;
      });
      expect(early).toBe(0);
      expect(await loads(page)).toBe(1);
      expect(sent.filter((body) => body.includes("lineage("))).toHaveLength(1);

      // The answer held back for 1.5 s: the page shows (search box, loading) before it, and still asks once.
      const slow = await context.newPage();
      const slowSent = graphRequests(slow);
      await slow.route("**/graphql", async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      const started = Date.now();
      await slow.goto(`${inject("e2e").url}/?root=CI-PAY-DB&view=lineage`);
      await slow.waitForSelector('input[type="search"]');
      expect(Date.now() - started).toBeLessThan(1400);
      expect(await slow.getAttribute(".app", "data-status")).toBe("loading");
      await waitForLoad(slow);
      expect((await drawnIds(slow)).length).toBeGreaterThan(5);
      expect(slowSent.filter((body) => body.includes("lineage("))).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("without WebGL2 the explorer draws with canvas and says so, with no console error; Force layout fills the canvas", async () => {
    const noWebGL2 = `{
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === "webgl2" ? null : original.call(this, type, ...rest);
      };
    }`;
    const { page, errors } = await open("/?root=CI-PAY-DB&view=lineage&renderer=webgl", undefined, {
      initScript: noWebGL2,
    });
    await waitForLoad(page);
    expect(await page.evaluate(() => window.__explorer?.renderer())).toBe("canvas");
    expect(await page.textContent('[data-testid="renderer"]')).toMatch(/canvas: WebGL2 is not available/);
    expect((await drawnIds(page)).length).toBeGreaterThan(5);
    // The layout switch refits: every object on screen.
    await page.evaluate(() => window.__explorer?.run("layout.toggle"));
    await page.waitForFunction(() => new URL(location.href).searchParams.get("layout") === "force");
    await page.waitForFunction(() => window.__explorer?.cy()?.nodes(".band").length === 0);
    const seen = await readability(page);
    expect(seen.outside, JSON.stringify(seen)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("with WebGL2 (software GL) a large or WebGL-asked view draws with Cytoscape's WebGL renderer, with no console error", async () => {
    const gl = await launchChromium({
      withoutArgs: ["--disable-gpu"],
      extraArgs: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    });
    try {
      const { page, context, errors } = await openExplorer(
        gl,
        "/?root=CI-PAY-DB&view=lineage&renderer=webgl",
      );
      await waitForLoad(page);
      expect(await page.evaluate(() => window.__explorer?.renderer())).toBe("webgl");
      expect(await page.textContent('[data-testid="renderer"]')).toMatch(/WebGL/);
      expect(await page.locator('canvas[data-id="layer3-webgl"]').count()).toBe(1);
      expect((await drawnIds(page)).length).toBeGreaterThan(5);
      await screenshot(page, "lineage-webgl");
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await gl.close();
    }
  });

  it("filters say what they keep: the legend chip dims with a note and a way out; the panel lists only drawn types, with counts", async () => {
    const { page, errors } = await open("/?root=CI-PAY-DB&view=lineage");
    await waitForLoad(page);
    const drawn = await page.evaluate(() => {
      const types: Record<string, number> = {};
      window.__explorer
        ?.cy()
        ?.nodes(".object")
        .forEach((n) => {
          const t = String(n.data("type"));
          types[t] = (types[t] ?? 0) + 1;
        });
      return types;
    });
    await page.locator(".legend-item", { hasText: "Incident" }).first().click();
    const note = page.getByTestId("filter-note");
    const objects = Object.values(drawn).reduce((a, b) => a + b, 0);
    // Everything but the incidents and the root is dimmed, and the note says so.
    const dimmed = objects - (drawn.Incident ?? 0) - 1;
    await expect
      .poll(() => note.textContent())
      .toContain(`only Incident — ${dimmed} of ${objects} objects dimmed`);
    await page.getByRole("button", { name: "Filters" }).click();
    const typeRows = await page
      .locator(".filters fieldset", { hasText: "Type" })
      .locator("label")
      .allTextContents();
    expect(typeRows.length).toBe(Object.keys(drawn).length);
    expect(typeRows.some((r) => r.replace(/\s+/g, " ").trim() === `Incident ${drawn.Incident}`)).toBe(true);
    await note.getByRole("button", { name: "Clear filter" }).click();
    await expect.poll(() => note.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("why is INC-1042 in the impact of SA-2026-01: the same hop chain in the panel and from the API, highlighted", async () => {
    const api = await query<{ whyHere: WhyHerePath }>(
      `{ whyHere(root: "SA-2026-01", id: "INC-1042", direction: DOWNSTREAM, maxDepth: 10) {
          nodes { id type name status valueStream valueStream30 lane } edges { id type from to role } length } }`,
    );
    expect(api.whyHere.nodes.at(-1)?.id).toBe("INC-1042");
    const { page, errors } = await open("/?root=SA-2026-01&view=impact");
    await waitForLoad(page);
    await page.evaluate(() => window.__explorer?.run("fit", "INC-1042"));
    const text = await page.getByTestId("why-text").textContent();
    expect(text).toBe(`${whyText(api.whyHere)}.`);
    expect(text).toContain("SA-2026-01 authorizes INI-301");
    const highlighted = await highlightedIds(page);
    expect(highlighted.sort()).toEqual(api.whyHere.nodes.map((n) => n.id).sort());
    await screenshot(page, "why-here");
    expect(errors).toEqual([]);
  });

  it("a deep link with the id in the wrong case opens the object", async () => {
    const { page } = await open("/?root=inc-1042&view=trace");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("root") === "INC-1042");
    await waitForLoad(page);
    expect(await page.textContent('[data-testid="root"]')).toBe("INC-1042");
    expect(await page.textContent('[data-testid="trace-verdict"]')).toContain("SA-2026-01");
  });

  it("an unknown id shows the server's NOT_FOUND message; keyboard shortcuts switch views", async () => {
    const { page } = await open("/?root=NO-SUCH-OBJECT&view=lineage");
    await waitForLoad(page);
    const error = await page.textContent('[data-testid="error"]');
    expect(error).toContain("NOT_FOUND");
    expect(error).toContain("NO-SUCH-OBJECT");

    const { page: keys, errors } = await open("/?root=SA-2026-01&view=lineage");
    await waitForLoad(keys);
    await keys.locator("body").click({ position: { x: 5, y: 790 } });
    const before = await loads(keys);
    await keys.keyboard.press("i");
    await waitForLoad(keys, before);
    expect(new URL(keys.url()).searchParams.get("view")).toBe("impact");
    await keys.keyboard.press("/");
    expect(await keys.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Search data objects",
    );
    expect(errors).toEqual([]);
  });
});
