// The digest and the report as a reader sees them: headless Chromium (Debian's, never a
// downloaded build) driven by playwright-core.
//
// Usage: node digest_report.test.cjs SITE_DIR REPORT_HTML SCREENSHOT_DIR CATALOG_DIR
//   SITE_DIR        a fresh `hok digest data --format html --out SITE_DIR`
//   REPORT_HTML     a fresh `hok report data --year 2025 --format html --out REPORT_HTML`
//   SCREENSHOT_DIR  where the PNGs go (under the build directory)
//   CATALOG_DIR     messages/ of the source tree: the report's headings are read from its catalogue
// The environment's HOK_CHROMIUM names the browser (default /usr/bin/chromium).
// Exit 0 when every check passed, 1 otherwise; each check prints one line.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { chromium } = require("playwright-core");

const [siteDir, reportFile, screenshotDir, catalogDir] = process.argv.slice(2);
if (!siteDir || !reportFile || !screenshotDir || !catalogDir) {
  console.error("usage: node digest_report.test.cjs SITE_DIR REPORT_HTML SCREENSHOT_DIR CATALOG_DIR");
  process.exit(2);
}
const executablePath = process.env.HOK_CHROMIUM || "/usr/bin/chromium";

let passed = 0;
let failed = 0;
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(error && error.stack ? error.stack : error).replace(/\n/g, "\n     ")}`);
  }
}

// The site over HTTP on the loopback address, as from an intranet server; only files below
// the served folder, GET only.
function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8" };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (request.method !== "GET" || !file.startsWith(root + path.sep) || !fs.existsSync(file) ||
        !fs.statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Every console error, page error, failed request and HTTP error status of a page, so that a
// check can demand there were none.
function watch(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

function assertClean(problems, where) {
  assert.deepEqual(problems, [], `problems on ${where}:\n${problems.join("\n")}`);
  problems.length = 0;
}

// Rows a reader can see in the list table (the filter hides rows with the `hidden` attribute).
async function visibleRows(page) {
  return page.locator("table.records tbody tr").filter({ visible: true }).count();
}

async function main() {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const root = fs.realpathSync(siteDir);
  const server = await serve(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  const args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"];
  // Chromium refuses to start as root with its sandbox; CI and containers run as root.
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "sv-SE" });
  const page = await context.newPage();
  const problems = watch(page);
  const shot = (name, options = {}) => page.screenshot({ path: path.join(screenshotDir, name), ...options });

  try {
    await check("the index opens with its title, key figures and organisation chart", async () => {
      const response = await page.goto(`${base}/index.html`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator("html").getAttribute("lang"), "sv");
      assert.equal(await page.locator("h1").count(), 1);
      assert.ok((await page.locator("h1").innerText()).length > 0);
      assert.ok(await page.locator("nav a[href='agreements/index.html']").isVisible());
      assert.ok(await page.locator("#key-figures tbody tr").count() >= 5, "the key figures");
      assert.ok(await page.locator("#organisation-chart .tree .node").count() >= 5, "the organisation chart");
      const rules = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.cssRules.length));
      assert.ok(rules.length === 1 && rules[0] > 10, `hok.css is loaded (${rules})`);
      await shot("digest-index.png");
      await page.locator("#organisation-chart").screenshot({ path: path.join(screenshotDir, "digest-organisation-chart.png") });
      assertClean(problems, "the index");
    });

    await check("the start page begins with 'Välj din kommun', then what to decide now, then figures", async () => {
      await page.goto(`${base}/index.html`);
      const ids = await page.locator("main section[id]").evaluateAll((sections) => sections.map((s) => s.id));
      const order = ["choose-municipality", "decide-now", "key-figures"].map((id) => ids.indexOf(id));
      assert.ok(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])), `sections in order: ${ids}`);
      assert.equal(await page.locator("#choose-municipality li").count(), 26, "the 26 municipalities");
      assert.ok(await page.locator("#choose-municipality a[href='districts/stockholm-bromma.html']").count() === 1,
                "Stockholm's districts beside it");
      assertClean(problems, "the start page");
    });

    await check("the search finds 'äldre' and 'Norrtälje' and is used with the keyboard alone", async () => {
      await page.goto(`${base}/agreements/bus.html`);
      const input = page.locator("#site-search-input");
      assert.ok(await input.isVisible(), "the search box is shown once its script runs");
      await input.focus();
      await page.keyboard.type("äldre");
      const titles = await page.locator("#site-search-results a").allInnerTexts();
      assert.ok(titles.length >= 3 && titles.some((t) => /äldre/i.test(t)), `hits for 'äldre': ${titles}`);
      await shot("digest-search.png");
      await input.fill("");
      await page.keyboard.type("Norrtälje");
      const norrtalje = await page.locator("#site-search-results a").allInnerTexts();
      const at = norrtalje.indexOf("Norrtälje");
      assert.ok(at >= 0, `the municipality among the hits: ${norrtalje}`);
      for (let i = 0; i <= at; i++) await page.keyboard.press("ArrowDown");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Norrtälje");
      await page.keyboard.press("Enter");
      await page.waitForURL(/municipalities\/norrtalje\.html$/);
      assertClean(problems, "the search");
    });

    await check("the search works opened from disk (file://)", async () => {
      await page.goto(pathToFileURL(path.join(root, "groups", "vis-processledning.html")).href);
      await page.locator("#site-search-input").fill("Nacka");
      await page.locator("#site-search-results a", { hasText: "Nacka" }).first().click();
      await page.waitForURL(/municipalities\/nacka\.html$/);
      assertClean(problems, "the search from file://");
    });

    for (const width of [1280, 390]) {
      await check(`Nacka's page opens with 'Er kommun i samverkan' at ${width} px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}/index.html`);
        await page.locator("#choose-municipality a[href='municipalities/nacka.html']").click();
        await page.waitForURL(/municipalities\/nacka\.html$/);
        const first = page.locator("main section[id]").first();
        assert.equal(await first.getAttribute("id"), "in-collaboration");
        const text = await first.innerText();
        for (const words of ["Er kommun i samverkan", "KSA", "uppgift saknas – utses av Nacka", "Nacka är part i",
                             "Det här saknas", "Vem kontaktar jag?"])
          assert.ok(text.includes(words), `'${words}' in the opening section`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= width + 1, `no sideways scrolling at ${width} px (${scrollWidth})`);
        await shot(`digest-municipality-${width}.png`, { fullPage: true });
        assertClean(problems, `Nacka's page at ${width} px`);
      });
    }
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}/index.html`);

    let rowsBefore = 0;
    await check("the agreements list shrinks when a word is typed in its filter box", async () => {
      await page.click("nav a[href='agreements/index.html']");
      await page.waitForURL(`${base}/agreements/index.html`);
      const filter = page.locator("#filter");
      assert.ok(await filter.isVisible(), "the filter box is shown once its script has run");
      rowsBefore = await visibleRows(page);
      assert.ok(rowsBefore >= 5, `the list has its agreements (${rowsBefore})`);
      await filter.fill("barn");
      const rowsAfter = await visibleRows(page);
      assert.ok(rowsAfter > 0 && rowsAfter < rowsBefore, `filtered ${rowsBefore} → ${rowsAfter}`);
      for (const text of await page.locator("table.records tbody tr").filter({ visible: true }).allInnerTexts())
        assert.match(text.toLowerCase(), /barn/);
      assert.equal(await page.locator("#filter-count").innerText(), `${rowsAfter} / ${rowsBefore}`);
      await shot("digest-list-filtered.png");
      await filter.fill("ingen-sådan-överenskommelse");
      assert.equal(await visibleRows(page), 0);
      await filter.fill("");
      assert.equal(await visibleRows(page), rowsBefore, "clearing the filter shows every row again");
      assertClean(problems, "the agreements list");
    });

    await check("a link in the filtered list leads to that agreement's page", async () => {
      await page.locator("#filter").fill("BUS");
      const link = page.locator("table.records tbody tr").filter({ visible: true }).first().locator("th a");
      const name = await link.innerText();
      const href = await link.getAttribute("href");
      await link.click();
      await page.waitForURL(new URL(href, `${base}/agreements/index.html`).href);
      assert.equal(await page.locator("h1").innerText(), name);
      assertClean(problems, "the agreement page");
    });

    await check("the main agreement's page shows owner, parties, validity, adoption and who refers to it", async () => {
      await page.goto(`${base}/agreements/hok.html`);
      const sections = await page.locator("main section[id]").evaluateAll((nodes) => nodes.map((n) => n.id));
      for (const id of ["overview", "follow-up", "adoption", "documents", "connections"])
        assert.ok(sections.includes(id), `section #${id} among ${sections.join(", ")}`);
      const adoptionRows = await page.locator("#adoption tbody tr").count();
      assert.ok(adoptionRows >= 26, `adoption by each of the 26 municipalities (${adoptionRows} rows)`);
      assertClean(problems, "agreements/hok.html");
    });

    await check("following the owner link lands on the group's page, with its reporting line to VIS", async () => {
      await page.goto(`${base}/agreements/bus.html`);
      await shot("digest-agreement.png", { fullPage: true });
      const owner = page.locator("#overview a[href^='../groups/']").first();
      const ownerName = await owner.innerText();
      const href = await owner.getAttribute("href");
      await owner.click();
      await page.waitForURL(new URL(href, `${base}/agreements/bus.html`).href);
      assert.equal(await page.locator("h1").innerText(), ownerName);
      assert.ok(await page.locator("main a[href='../groups/vis-politisk-styrgrupp.html']").count() >= 1,
                "the reporting line reaches VIS");
      const back = page.locator("main a[href='../agreements/bus.html']");
      assert.ok(await back.count() >= 1, "the group's page links back to the agreement it owns");
      assertClean(problems, "the owner group's page");
    });

    await check("the index works opened from disk (file://), as from a file share", async () => {
      await page.goto(pathToFileURL(path.join(root, "index.html")).href);
      await page.locator("nav a[href='agreements/index.html']").click();
      await page.waitForURL(/agreements\/index\.html$/);
      assert.ok(await page.locator("#filter").isVisible());
      assert.equal(await visibleRows(page), rowsBefore);
      assertClean(problems, "the digest from file://");
    });

    await check("the list filter is used with the keyboard alone: Tab to it, type, Tab to a row, Enter", async () => {
      await page.goto(`${base}/agreements/index.html`);
      const all = await visibleRows(page);
      let tabs = 0;
      while (tabs < 80 && (await page.evaluate(() => document.activeElement && document.activeElement.id)) !== "filter") {
        await page.keyboard.press("Tab");
        tabs++;
      }
      assert.equal(await page.evaluate(() => document.activeElement.id), "filter", `the filter is reached by Tab (${tabs} presses)`);
      assert.ok(await page.evaluate(() => document.activeElement.matches(":focus-visible")), "its focus is shown");
      await page.keyboard.type("barn");
      const shown = await visibleRows(page);
      assert.ok(shown > 0 && shown < all, `filtered by typing: ${all} → ${shown}`);
      assert.equal(await page.locator("#filter-count").innerText(), `${shown} / ${all}`, "the count is said (aria-live)");
      // The next Tab skips the hidden rows and lands on the first row still shown.
      await page.keyboard.press("Tab");
      const first = page.locator("table.records tbody tr").filter({ visible: true }).first().locator("a").first();
      const name = await first.innerText();
      assert.equal(await page.evaluate(() => document.activeElement.textContent), name, "Tab goes to the first row shown");
      await page.keyboard.press("Enter");
      await page.waitForURL(/agreements\/[a-z0-9-]+\.html$/);
      assert.equal(await page.locator("h1").innerText(), name);
      assertClean(problems, "the list filter with the keyboard");
    });

    await check("with the registry's place on its git host, Nacka's page has 'Åtgärda' and 'Ändra i registret', reached by keyboard", async () => {
      const linksSite = process.env.HOK_LINKS_SITE;
      assert.ok(linksSite && fs.existsSync(path.join(linksSite, "index.html")), "HOK_LINKS_SITE names the site with change links");
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(path.join(linksSite, "municipalities", "nacka.html")).href);
      const fix = page.locator("#still-missing a", { hasText: "Åtgärda: föreslå en KSA för Nacka" });
      assert.equal(await fix.count(), 1, "the fix link for Nacka's missing KSA");
      const href = new URL(await fix.getAttribute("href"));
      assert.equal(`${href.origin}${href.pathname}`, "https://github.com/region-stockholm/hok-registret/new/main");
      assert.equal(href.searchParams.get("filename"), "data/functions/nacka-ksa.yaml");
      const value = href.searchParams.get("value");
      for (const line of ["\nid: nacka-ksa\n", "\nroles:\n  - ksa\n", "\narea: nacka\n", "\nholder:\n"])
        assert.ok(value.includes(line), `the pre-filled text has ${JSON.stringify(line)}`);
      const edit = page.locator("#change a");
      assert.equal(await edit.getAttribute("href"),
                   "https://github.com/region-stockholm/hok-registret/edit/main/data/municipalities/nacka.yaml");
      assert.match(await edit.innerText(), /öppnas hos GitHub/);
      // Both are ordinary links in the tab order.
      await fix.focus();
      assert.ok(await fix.evaluate((a) => a === document.activeElement));
      await fix.evaluate((a) => a.closest("section").scrollIntoView({ block: "center" }));
      await shot("portal-sv-change-links-1280.png");
      assertClean(problems, "Nacka's page with change links");
    });

    // What the "done when" asks to see, on data/ and examples/minimal, in Swedish and
    // English, at 1280 and 390 px: the start page, a municipality, a Stockholm district, an
    // agreement with its documents, the search for "äldre" and for a municipality, the chart. Each
    // is checked (no sideways scrolling, the part it is about is there, nothing failed) and
    // photographed as portal-<site>-<page>-<width>.png (the ones in docs/screenshots are these).
    const [, siteEn, siteMinimal, siteMinimalEn] = (process.env.HOK_AXE_SITES || "").split(":");
    const tours = [
      { name: "sv", root, municipality: "nacka", district: "stockholm-bromma", agreement: "hok", search: "Norrtälje" },
      { name: "en", root: siteEn, municipality: "nacka", district: "stockholm-bromma", agreement: "hok", search: "Norrtälje" },
      { name: "minimal-sv", root: siteMinimal, municipality: "alvby", district: "storstad-innerstaden", agreement: "hok-exempel", search: "Björkö" },
      { name: "minimal-en", root: siteMinimalEn, municipality: "alvby", district: "storstad-innerstaden", agreement: "hok-exempel", search: "Björkö" },
    ];
    for (const tour of tours) {
      await check(`the reader's tour of ${tour.name} at 1280 and 390 px`, async () => {
        assert.ok(tour.root && fs.existsSync(path.join(tour.root, "index.html")), `the site ${tour.name} is written`);
        const tourPage = await context.newPage();
        const tourProblems = watch(tourPage);
        const url = (file) => pathToFileURL(path.join(tour.root, file)).href;
        try {
          for (const width of [1280, 390]) {
            await tourPage.setViewportSize({ width, height: width > 400 ? 800 : 844 });
            const snap = async (what) => {
              const scrollWidth = await tourPage.evaluate(() => document.documentElement.scrollWidth);
              assert.ok(scrollWidth <= width + 1, `${what}: no sideways scrolling at ${width} px (${scrollWidth})`);
              await tourPage.screenshot({ path: path.join(screenshotDir, `portal-${tour.name}-${what}-${width}.png`) });
            };
            await tourPage.goto(url("index.html"));
            assert.equal(await tourPage.locator("main section[id]").first().getAttribute("id"), "choose-municipality");
            await snap("start");
            for (const [what, file] of [["municipality", `municipalities/${tour.municipality}.html`],
                                        ["district", `districts/${tour.district}.html`]]) {
              await tourPage.goto(url(file));
              assert.equal(await tourPage.locator("main section[id]").first().getAttribute("id"), "in-collaboration", file);
              await snap(what);
            }
            await tourPage.goto(url(`agreements/${tour.agreement}.html`));
            assert.equal(await tourPage.locator("#documents").count(), 1, "the agreement's documents section");
            // The documents in view where some are recorded (examples/minimal; data/ has none yet).
            if (await tourPage.locator("#documents a").count() > 0) {
              await tourPage.locator("#documents").evaluate((section) => section.scrollIntoView({ block: "center" }));
            }
            await snap("agreement");
            for (const [what, words] of [["search-aldre", "äldre"], ["search-place", tour.search]]) {
              await tourPage.goto(url("index.html"));
              await tourPage.locator("#site-search-input").focus();
              await tourPage.keyboard.type(words);
              const hits = await tourPage.locator("#site-search-results a").allInnerTexts();
              assert.ok(hits.length >= 1, `hits for '${words}' in ${tour.name}: ${hits}`);
              await snap(what);
            }
            await tourPage.goto(url("index.html"));
            const bands = tourPage.locator("#organisation-chart .org-chart > .tree > li");
            assert.ok(await bands.count() >= 5, `the chart's bands (${await bands.count()})`);
            await tourPage.locator("#organisation-chart").evaluate((section) => section.scrollIntoView({ block: "start" }));
            await snap("chart");
          }
          assertClean(tourProblems, `the tour of ${tour.name}`);
        } finally {
          await tourPage.close();
        }
      });
    }

    await check("the keyboard focus keeps 3:1 contrast on white and on the blue header (WCAG 1.4.11)", async () => {
      await page.goto(`${base}/index.html`);
      await page.keyboard.press("Tab");  // from here on focus comes from the keyboard: :focus-visible
      const ratios = await page.evaluate(() => {
        const rgb = (text) => (text.match(/rgba?\(([^)]+)\)/) || ["", "0,0,0"])[1].split(",").slice(0, 3).map(Number);
        const luminance = ([r, g, b]) => {
          const linear = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
          return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        };
        const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
        const inMain = document.querySelector("main a");
        inMain.focus();
        const main = getComputedStyle(inMain);
        const visible = inMain.matches(":focus-visible");
        const onWhite = contrast(rgb(main.outlineColor), rgb(getComputedStyle(document.body).backgroundColor));
        const inHeader = document.querySelector(".site-header nav a");
        inHeader.focus();
        const header = getComputedStyle(inHeader);
        const onHeader = contrast(rgb(header.boxShadow), rgb(getComputedStyle(document.querySelector(".site-header")).backgroundColor));
        return { onWhite, onHeader, visible: visible && inHeader.matches(":focus-visible") };
      });
      assert.ok(ratios.visible, "the focus is the keyboard's (:focus-visible)");
      assert.ok(ratios.onWhite >= 3, `focus ring on white: ${ratios.onWhite.toFixed(2)}:1`);
      assert.ok(ratios.onHeader >= 3, `focus halo on the header: ${ratios.onHeader.toFixed(2)}:1`);
    });

    // WCAG 2.1 AA as axe-core reads it: every page type (the index, each kind's list and first
    // record) of data/ and examples/minimal, in Swedish and English. The check's own context
    // bypasses the pages' Content-Security-Policy, which would refuse the injected axe script.
    const axeSites = (process.env.HOK_AXE_SITES || "").split(":").filter(Boolean);
    await check(`no serious or critical accessibility violation (axe-core) on ${axeSites.length} sites`, async () => {
      assert.ok(axeSites.length >= 4, "HOK_AXE_SITES names the four sites");
      const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
      const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const axePage = await axeContext.newPage();
      const found = [];
      let pages = 0;
      for (const site of axeSites) {
        const paths = ["index.html"];
        for (const kind of fs.readdirSync(site).filter((name) => fs.statSync(path.join(site, name)).isDirectory()).sort()) {
          const records = fs.readdirSync(path.join(site, kind)).filter((name) => name !== "index.html").sort();
          paths.push(`${kind}/index.html`);
          if (records.length) paths.push(`${kind}/${records[0]}`);
        }
        for (const page of paths) {
          await axePage.goto(pathToFileURL(path.join(site, page)).href);
          await axePage.addScriptTag({ content: axeSource });
          const result = await axePage.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }));
          pages++;
          for (const violation of result.violations) {
            if (violation.impact === "serious" || violation.impact === "critical")
              found.push(`${path.basename(site)}/${page}: ${violation.impact} ${violation.id} at ${violation.nodes[0].target.join(" ")}`);
          }
        }
      }
      await axeContext.close();
      assert.ok(pages >= 40, `pages checked: ${pages}`);
      assert.deepEqual(found, [], found.join("\n"));
    });

    await check("the report is a paper with its parts first, the underlag's sections, inline SVG charts and nothing loaded from outside", async () => {
      const catalog = JSON.parse(fs.readFileSync(path.join(catalogDir, "sv.json"), "utf8")).report;
      await page.goto(pathToFileURL(fs.realpathSync(reportFile)).href);
      assert.equal(await page.locator("h1").innerText(), catalog.title.replace("{year}", "2025"));
      const expected = { errand: "errand", proposal: "proposal", summary: "summary", assessment: "assessment",
                         actions: "actions", agreements: "agreements", "follow-ups": "followups",
                         organisation: "organisation", local: "local", representation: "representation",
                         "action-plan": "action_plan", changes: "changes", gaps: "gaps",
                         "appendix-actions": "appendix_actions" };
      for (const [id, key] of Object.entries(expected))
        assert.equal(await page.locator(`#${id}-heading`).innerText(), catalog[key], `heading of #${id}`);
      const charts = page.locator("main svg");
      assert.ok(await charts.count() >= 1, "an inline SVG chart");
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        assert.ok(box && box.width > 100 && box.height >= 20, `a chart is drawn (${JSON.stringify(box)})`);
        assert.ok(await chart.locator("rect").count() >= 1, "a chart has its bars");
        assert.ok((await chart.locator("title").count()) >= 1, "a chart has a title for screen readers");
      }
      assert.equal(await page.locator("script").count(), 0, "the report has no script");
      await page.setViewportSize({ width: 900, height: 1270 });  // about an A4 page's proportions
      await shot("report-first-page.png");
      // The proposed decision is in view on the first screen, before the underlag.
      const proposal = await page.locator("#proposal").boundingBox();
      assert.ok(proposal && proposal.y < 1270, `the proposed decision on the first page (${JSON.stringify(proposal)})`);
      // The appendix: every action needed, one table by municipality, in view (not folded).
      const appendix = page.locator("#appendix-actions table");
      assert.equal(await appendix.count(), 1, "one table of actions by municipality");
      assert.ok(await appendix.locator("tbody tr").count() > 10, "a row per municipality and actor");
      assertClean(problems, "the report");
    });
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(`browser test: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
