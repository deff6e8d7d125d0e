package jp.kizuna.kpi.sheet;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints the evaluation sheet's XHTML to PDF (A4) with Noto Sans JP embedded, so the Japanese text
 * shows and can be searched and copied on any machine; the SVG charts are drawn as vectors.
 */
@Component
public class SheetPdf {

    /** The family name inside the TTF, which the charts' SVG asks for. */
    static final String CHART_FONT_FAMILY = "Noto Sans JP";
    private static final String REGULAR = "fonts/400Regular/NotoSansJP_400Regular.ttf";
    private static final String BOLD = "fonts/700Bold/NotoSansJP_700Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    SheetPdf() {
        regular = read(REGULAR);
        bold = read(BOLD);
        registerForCharts(regular);
        registerForCharts(bold);
    }

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), SheetHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), SheetHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the evaluation sheet", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + resource + " is missing from the classpath; the build puts it there "
                    + "(download-maven-plugin in services/kpi-evaluation/pom.xml)", e);
        }
    }

    /** Batik draws SVG text through Java2D, which finds fonts registered with the graphics environment. */
    private static void registerForCharts(byte[] font) {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load the sheet's font", e);
        }
    }
}
