package fr.portailfamilles.billing.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private static final String WARM_UP = """
            <html lang="fr"><head><title>Préchauffage</title></head>
            <body style="font-family: 'DejaVu Sans'"><h1>Préchauffage</h1>
            <table><tr><th>Unité</th><td>1,40 €</td></tr></table><p><b>Total</b> 1,40 €</p></body></html>""";
    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

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
        return render(xhtml(template, variables), template);
    }

    /**
     * Renders a small page once the service is ready, on a thread of its own: otherwise the first
     * document a family asks for pays for loading the renderer and reading the fonts, which on a busy
     * machine takes longer than the gateway waits (5 s) and ends in « service indisponible ».
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                render(WARM_UP, "warm-up");
                log.info("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("PDF renderer warm-up failed: {}", e.toString());
            }
        }, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private byte[] render(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.withProducer("Portail Familles");
        builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what, e);
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
