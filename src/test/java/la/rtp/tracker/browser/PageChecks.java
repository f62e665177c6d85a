package la.rtp.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * What every workspace page must pass in a real browser (the workspace's quality bar): under 100 KB of HTML,
 * CSS and JavaScript; a label on every field; no sideways scrolling at the window's width.
 */
final class PageChecks {

    static final long MAX_PAGE_BYTES = 100 * 1024;

    private PageChecks() {
    }

    /** Screenshot {@code <name>.png}, then the checks; prints the weight for the build log. */
    static void looksRight(Browser browser, String name) {
        browser.screenshot(name);
        long weight = weight(browser);
        System.out.printf("page %s: %,d bytes of HTML, CSS and JS %s%n", name, weight, resources(browser));
        assertTrue(weight > 0 && weight < MAX_PAGE_BYTES,
                name + " weighs " + weight + " bytes of HTML, CSS and JS: " + resources(browser));
        List<String> unlabelled = unlabelledFields(browser);
        assertTrue(unlabelled.isEmpty(), name + ": fields without a label: " + unlabelled);
        assertFalse(overflowsHorizontally(browser), name + " scrolls sideways at this width: " + overflowing(browser));
    }

    /**
     * Bytes of HTML, CSS and JavaScript the page loaded (images and fonts excluded), from the
     * Performance API: the navigation and every script or stylesheet, each counted as the larger
     * of its transfer size and its encoded body size (a cache hit transfers 0 but weighs its body
     * on a first visit).
     */
    static long weight(Browser browser) {
        Object bytes = browser.js("""
                const size = e => Math.max(e.transferSize || 0, e.encodedBodySize || 0);
                let total = 0;
                for (const n of performance.getEntriesByType('navigation')) total += size(n);
                for (const r of performance.getEntriesByType('resource')) {
                  if (/\\.(css|js)(\\?|$)/.test(r.name) || ['script', 'css', 'fetch', 'xmlhttprequest'].includes(r.initiatorType))
                    total += size(r);
                }
                return total;""");
        return ((Number) bytes).longValue();
    }

    /** The resources the Performance API saw, with their sizes, for messages. */
    @SuppressWarnings("unchecked")
    static List<String> resources(Browser browser) {
        return (List<String>) browser.js("return performance.getEntriesByType('resource').map(r => r.name + ' ' + "
                + "Math.max(r.transferSize || 0, r.encodedBodySize || 0))");
    }

    /**
     * Fields with no accessible name: every input (but hidden ones and buttons), select and
     * textarea needs a {@code <label>} with text, an {@code aria-label} or an
     * {@code aria-labelledby} pointing at text.
     */
    @SuppressWarnings("unchecked")
    static List<String> unlabelledFields(Browser browser) {
        return (List<String>) browser.js("""
                const bad = [];
                const named = id => { const e = id && document.getElementById(id); return e && e.textContent.trim() !== ''; };
                document.querySelectorAll('input, select, textarea').forEach(el => {
                  const type = (el.getAttribute('type') || '').toLowerCase();
                  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) return;
                  const byLabel = el.labels && Array.from(el.labels).some(l => l.textContent.trim() !== '');
                  const byAria = (el.getAttribute('aria-label') || '').trim() !== '';
                  const byRef = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).some(named);
                  if (!byLabel && !byAria && !byRef) bad.push(el.id || el.name || el.outerHTML.substring(0, 80));
                });
                return bad;""");
    }

    /** Whether the page scrolls sideways (it should not, even at 360 px). */
    static boolean overflowsHorizontally(Browser browser) {
        return (Boolean) browser.js(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    /**
     * What sticks out to the right, for the message: the page's scroll width, the outermost
     * elements past the right edge that no scrolling box clips, and positioned elements past it
     * (an absolute element escapes a scrolling box that is not positioned).
     */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(Browser browser) {
        return (List<String>) browser.js("""
                const width = document.documentElement.clientWidth;
                const out = e => e.getBoundingClientRect().right > width + 1;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
                const positioned = e => ['absolute', 'fixed'].includes(getComputedStyle(e).position);
                const found = Array.from(document.body.querySelectorAll('*')).filter(out)
                  .filter(e => positioned(e) || (!clipped(e) && !(e.parentElement && e.parentElement !== document.body && out(e.parentElement))))
                  .slice(0, 10)
                  .map(e => name(e) + (positioned(e) ? ' (' + getComputedStyle(e).position + ')' : '') + ' to '
                      + Math.round(e.getBoundingClientRect().right) + 'px');
                return ['page ' + document.documentElement.scrollWidth + 'px wide in ' + width + 'px'].concat(found);""");
    }
}
