package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The flame graph is a well-formed SVG with a box per frame, as wide as the frame's share of the
 * samples, the outermost frame at the bottom, and each box's full name and share as its tooltip.
 */
class FlameGraphTest {

    @TempDir
    Path work;

    @Test
    void eachFrameIsABoxAsWideAsItsShareWithItsNameAsTooltip() throws Exception {
        Map<String, Long> folded = new LinkedHashMap<>();
        folded.put("a.Main.run;a.Work.parse", 3L);
        folded.put("a.Main.run;b.Log.write<&>", 1L);
        Path svg = work.resolve("flame.svg");

        FlameGraph.write(folded, "test profile", svg);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList boxes = document.getElementsByTagName("g");
        Map<String, Element> byTitle = new LinkedHashMap<>();
        for (int i = 0; i < boxes.getLength(); i++) {
            Element box = (Element) boxes.item(i);
            byTitle.put(box.getElementsByTagName("title").item(0).getTextContent(), (Element) box.getElementsByTagName("rect").item(0));
        }
        assertThat(byTitle.keySet()).containsExactly("all (4 samples, 100.0 %)", "a.Main.run (4 samples, 100.0 %)",
                "a.Work.parse (3 samples, 75.0 %)", "b.Log.write<&> (1 samples, 25.0 %)");
        double all = width(byTitle.get("all (4 samples, 100.0 %)"));
        assertThat(width(byTitle.get("a.Work.parse (3 samples, 75.0 %)")) / all).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
        double rootY = Double.parseDouble(byTitle.get("all (4 samples, 100.0 %)").getAttribute("y"));
        double leafY = Double.parseDouble(byTitle.get("a.Work.parse (3 samples, 75.0 %)").getAttribute("y"));
        assertThat(leafY).isLessThan(rootY);
    }

    @Test
    void aLabelNamesTheClassAndMethodWithoutThePackage() {
        assertThat(FlameGraph.shortName("org.springframework.cloud.gateway.filter.NettyRoutingFilter.filter"))
                .isEqualTo("NettyRoutingFilter.filter");
        assertThat(FlameGraph.shortName("all")).isEqualTo("all");
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }
}
