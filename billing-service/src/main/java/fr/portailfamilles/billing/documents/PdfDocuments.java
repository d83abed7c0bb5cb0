package fr.portailfamilles.billing.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the service's documents (invoices, attestations) from XHTML templates under
 * {@code documents/} to tagged PDF (PDF/UA): real, selectable text in an embedded font, the
 * document's language and title, a structure screen readers follow. No image of text.
 */
@Component
public class PdfDocuments {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    public static final String FONT_FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public PdfDocuments() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The XHTML of a document, before it becomes a PDF (also what the tests read). */
    public String xhtml(String template, Map<String, Object> variables) {
        return templates.process(template, new Context(Locale.FRANCE, variables));
    }

    public byte[] pdf(String template, Map<String, Object> variables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.withProducer("Portail Familles");
        builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml(template, variables), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template, e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream font = PdfDocuments.class.getResourceAsStream(path);
        if (font == null) {
            throw new IllegalStateException("Font missing from the service's resources: " + path);
        }
        return font;
    }
}
