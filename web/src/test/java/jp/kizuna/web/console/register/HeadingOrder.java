package jp.kizuna.web.console.register;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.web.support.Browser.Page;
import org.jsoup.nodes.Element;

/** The headings of a page's main content go down one level at a time: an h1, then h2s, an h3 only under an h2. */
final class HeadingOrder {

    private HeadingOrder() {
    }

    static void assertInOrder(Page page) {
        int level = 0;
        for (Element heading : page.document().select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("%s after h%d on %s", heading.text(), level, page.uri()).isLessThanOrEqualTo(level + 1);
            level = next;
        }
    }
}
